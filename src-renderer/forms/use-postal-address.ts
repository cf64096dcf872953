// 郵便番号 → 住所 for a form (issue 17): once a person has typed 7 digits, main looks the code up
// in Japan Post's bundled data and the address field gets 都道府県・市区町村・町域, which stays
// editable. Several places → the person picks; an unknown code → a message, nothing changes.
//
// Only what the person types starts a lookup (typed()), never a value a screen puts in the field:
// a profile loaded with its 〒 and 住所 must keep the 番地 it was saved with.
import { ref, type Ref } from 'vue';
import { addressText, type PostalAddress, postalCodeDigits } from '../../src-shared/contract/address';
import { invoke } from '../bridge';

export type PostalLookupState = 'idle' | 'looking' | 'filled' | 'choose' | 'not_found' | 'failed';

export interface PostalAddressLookup {
  state: Ref<PostalLookupState>;
  /** The places to pick from while state is 'choose'. */
  candidates: Ref<PostalAddress[]>;
  /** The code last looked up, as 7 digits (for the not-found message). */
  code: Ref<string>;
  /** The person typed into the 〒 field. */
  typed(value: string): Promise<void>;
  /** The person picked one of the candidates. */
  choose(place: PostalAddress): void;
}

/**
 * The address the new place's text makes of `current`: what was filled before is replaced and what
 * the person added after it (番地, building) is kept; an address already starting with the place
 * is left alone; anything else belonged to another code and gives way.
 */
export function fillAddress(current: string, place: string, filledBefore: string): string {
  if (filledBefore !== '' && current.startsWith(filledBefore)) return place + current.slice(filledBefore.length);
  if (current.startsWith(place)) return current;
  return place;
}

export function usePostalAddress(address: Ref<string>): PostalAddressLookup {
  const state = ref<PostalLookupState>('idle');
  const candidates = ref<PostalAddress[]>([]);
  const code = ref('');
  let looked: string | null = null;
  let filled = '';
  // Answers can come back out of order when a person types fast; only the newest may fill.
  let latest = 0;

  function fill(place: PostalAddress): void {
    const text = addressText(place);
    address.value = fillAddress(address.value, text, filled);
    filled = text;
    candidates.value = [];
    state.value = 'filled';
  }

  async function typed(value: string): Promise<void> {
    const digits = postalCodeDigits(value);
    if (digits === null) {
      // Part of a code: nothing to look up, and an earlier answer no longer applies.
      looked = null;
      latest++;
      state.value = 'idle';
      candidates.value = [];
      return;
    }
    if (digits === looked) return;
    looked = digits;
    code.value = digits;
    const ticket = ++latest;
    const before = address.value;
    state.value = 'looking';
    candidates.value = [];
    const result = await invoke('address.lookup', { code: digits });
    if (ticket !== latest) return;
    // The person wrote the address while main answered: theirs stands (a pick list still helps).
    const typedMeanwhile = address.value !== before;
    if (!result.ok) {
      state.value = 'failed';
      return;
    }
    if (!result.data.found) {
      state.value = 'not_found';
      return;
    }
    const places = result.data.candidates;
    if (places.length === 1 && typedMeanwhile) state.value = 'idle';
    else if (places.length === 1) fill(places[0] as PostalAddress);
    else {
      candidates.value = places;
      state.value = 'choose';
    }
  }

  return { state, candidates, code, typed, choose: fill };
}
