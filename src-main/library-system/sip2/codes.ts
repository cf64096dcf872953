// Message and field identifiers of SIP2 (3M Standard Interchange Protocol 2.00), with the names
// the rest of the code uses. Koha's C4/SIP/Sip/Constants.pm lists the same codes.

/** Requests this client sends, and the answer each expects. */
export const REQUESTS = {
  patronStatus: { code: '23', answer: '24' },
  checkout: { code: '11', answer: '12' },
  checkin: { code: '09', answer: '10' },
  scStatus: { code: '99', answer: '98' },
  requestAcsResend: { code: '97', answer: null },
  login: { code: '93', answer: '94' },
  patronInformation: { code: '63', answer: '64' },
  endPatronSession: { code: '35', answer: '36' },
  itemInformation: { code: '17', answer: '18' },
  hold: { code: '15', answer: '16' },
  renew: { code: '29', answer: '30' },
} as const;

export type RequestName = keyof typeof REQUESTS;
export type RequestCode = (typeof REQUESTS)[RequestName]['code'];

/** Answers this client reads. 96 is the server asking us to send our last message again. */
export const ANSWER_CODES = ['94', '98', '24', '64', '12', '10', '30', '16', '18', '36', '96'] as const;
export type AnswerCode = (typeof ANSWER_CODES)[number];

export const FIELD = {
  patronId: 'AA',
  itemId: 'AB',
  terminalPassword: 'AC',
  patronPassword: 'AD',
  personalName: 'AE',
  screenMessage: 'AF',
  printLine: 'AG',
  dueDate: 'AH',
  titleId: 'AJ',
  libraryName: 'AM',
  terminalLocation: 'AN',
  institutionId: 'AO',
  currentLocation: 'AP',
  permanentLocation: 'AQ',
  holdItems: 'AS',
  overdueItems: 'AT',
  chargedItems: 'AU',
  fineItems: 'AV',
  homeAddress: 'BD',
  email: 'BE',
  homePhone: 'BF',
  owner: 'BG',
  currencyType: 'BH',
  cancel: 'BI',
  transactionId: 'BK',
  validPatron: 'BL',
  feeAcknowledged: 'BO',
  startItem: 'BP',
  endItem: 'BQ',
  queuePosition: 'BR',
  pickupLocation: 'BS',
  feeType: 'BT',
  recallItems: 'BU',
  feeAmount: 'BV',
  expirationDate: 'BW',
  supportedMessages: 'BX',
  holdType: 'BY',
  holdItemsLimit: 'BZ',
  overdueItemsLimit: 'CA',
  chargedItemsLimit: 'CB',
  feeLimit: 'CC',
  unavailableHoldItems: 'CD',
  holdQueueLength: 'CF',
  itemProperties: 'CH',
  securityInhibit: 'CI',
  recallDate: 'CJ',
  mediaType: 'CK',
  sortBin: 'CL',
  holdPickupDate: 'CM',
  loginUserId: 'CN',
  loginPassword: 'CO',
  locationCode: 'CP',
  validPatronPassword: 'CQ',
} as const;

export type FieldName = keyof typeof FIELD;

/** The 98 message's BX field: one Y/N per message, in this order. */
export const SUPPORTED_MESSAGES = [
  'patronStatus',
  'checkout',
  'checkin',
  'blockPatron',
  'scStatus',
  'requestResend',
  'login',
  'patronInformation',
  'endPatronSession',
  'feePaid',
  'itemInformation',
  'itemStatusUpdate',
  'patronEnable',
  'hold',
  'renew',
  'renewAll',
] as const;
export type SupportedMessage = (typeof SUPPORTED_MESSAGES)[number];

/** The 14 patron status flags of 24 and 64 ('Y' = set), in order. */
export const PATRON_STATUS_FLAGS = [
  'chargePrivilegesDenied',
  'renewalPrivilegesDenied',
  'recallPrivilegesDenied',
  'holdPrivilegesDenied',
  'cardReportedLost',
  'tooManyItemsCharged',
  'tooManyItemsOverdue',
  'tooManyRenewals',
  'tooManyClaimsOfItemsReturned',
  'tooManyItemsLost',
  'excessiveOutstandingFines',
  'excessiveOutstandingFees',
  'recallOverdue',
  'tooManyItemsBilled',
] as const;
export type PatronStatusFlag = (typeof PATRON_STATUS_FLAGS)[number];

/** The 63 message's summary field: which list of items to send back (one at a time). */
export const SUMMARY_LISTS = ['holdItems', 'overdueItems', 'chargedItems', 'fineItems', 'recallItems', 'unavailableHoldItems'] as const;
export type SummaryList = (typeof SUMMARY_LISTS)[number];

/** The 18 message's circulation status. */
export const CIRCULATION_STATUS: Record<string, string> = {
  '01': 'other',
  '02': 'onOrder',
  '03': 'available',
  '04': 'charged',
  '05': 'chargedNotToBeRecalled',
  '06': 'inProcess',
  '07': 'recalled',
  '08': 'waitingOnHoldShelf',
  '09': 'waitingToBeReshelved',
  '10': 'inTransit',
  '11': 'claimedReturned',
  '12': 'lost',
  '13': 'missing',
};
