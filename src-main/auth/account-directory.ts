// What the staff console needs to know about an account that only its own area holds: where to
// mail its owner, and the counts shown in the counter summary. Each area (citizen, library)
// registers a provider for its kind when the app is composed, so staff code never reads another
// area's tables and an area that is not installed simply contributes nothing.
import type { AccountKind } from '../../src-shared/contract/channel';
import type { Locale } from '../../src-shared/contract/session';
import type { Actor } from './accounts';

export interface ContactAddress {
  address: string;
  locale: Locale;
}

/**
 * A change worked out ahead (slow hashing done, nothing written): `apply` writes it inside the
 * caller's transaction, so what the caller writes alongside (the owner's notice, an audit row)
 * commits or rolls back with it; `committed` does what cannot be undone, after the commit.
 */
export interface PreparedChange {
  /** Store work only: it runs inside the caller's transaction. */
  apply(by: Actor): Promise<void>;
  committed(): Promise<void>;
}

export interface AccountKindProvider {
  /** The owner's mail address, or null when there is none. Called inside a transaction. */
  contactOf?(accountId: number): Promise<ContactAddress | null>;
  /** Counts for the counter summary, e.g. { loans: 3, holds: 1 } or { reservations: 2 }. */
  summaryOf?(accountId: number): Promise<Record<string, number>>;
  /** 変更 for a patron: back to the initial password, changed at the next login. */
  preparePasswordReset?(accountId: number): Promise<PreparedChange>;
  /** The console's 変更 for a citizen: the 利用者キー sent again to the registered address. */
  resendLoginKey?(accountId: number, by: Actor): Promise<void>;
}

export class AccountDirectory {
  private readonly providers = new Map<AccountKind, AccountKindProvider[]>();

  register(kind: AccountKind, provider: AccountKindProvider): void {
    this.providers.set(kind, [...(this.providers.get(kind) ?? []), provider]);
  }

  async contactOf(kind: AccountKind, accountId: number): Promise<ContactAddress | null> {
    for (const p of this.providers.get(kind) ?? []) {
      const contact = p.contactOf ? await p.contactOf(accountId) : null;
      if (contact) return contact;
    }
    return null;
  }

  /** The first provider of the kind that offers the action, or null when no area does. */
  action(kind: AccountKind, name: 'resendLoginKey'): ((accountId: number, by: Actor) => Promise<void>) | null {
    for (const p of this.providers.get(kind) ?? []) {
      const fn = p[name];
      if (fn) return fn.bind(p);
    }
    return null;
  }

  /** The password reset of the first provider of the kind that offers one, or null. */
  passwordReset(kind: AccountKind): ((accountId: number) => Promise<PreparedChange>) | null {
    for (const p of this.providers.get(kind) ?? []) {
      const fn = p.preparePasswordReset;
      if (fn) return fn.bind(p);
    }
    return null;
  }

  async summaryOf(kind: AccountKind, accountId: number): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const p of this.providers.get(kind) ?? []) if (p.summaryOf) Object.assign(out, await p.summaryOf(accountId));
    return out;
  }
}
