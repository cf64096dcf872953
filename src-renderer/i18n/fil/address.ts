// Filipino for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: 'Hinahanap ang address…',
      filled: 'Nailagay na ang address. Idagdag ang numero ng bahay (番地) at pangalan ng gusali.',
      choose: 'May higit sa isang lugar ang postal code na ito. Piliin ang sa inyo.',
      chooseLabel: 'Piliin ang lugar',
      notFound: 'Hindi makita ang postal code na 〒{code}. Pakitingnan ang numero. Puwede pa rin ninyong i-type ang address.',
      failed: 'Hindi awtomatikong nailagay ang address. Pakilagay ang address.',
    },
  },
} satisfies typeof ja;
