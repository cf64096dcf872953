// Postal code → address in English; the same keys as ja/address.ts.
import type ja from '../ja/address';

const address = {
  address: {
    postal: {
      looking: 'Looking up the address…',
      filled: 'The address has been filled in. Please add the block number and building name.',
      choose: 'This postal code covers more than one area. Please choose yours.',
      chooseLabel: 'Choose the area',
      notFound: 'Postal code {code} was not found. Please check the number. You can still type the address yourself.',
      failed: 'The address could not be filled in. Please type the address.',
    },
  },
} satisfies typeof ja;

export default address;
