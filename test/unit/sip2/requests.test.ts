// Conformance of the requests' fixed fields (order, widths, dates) with SIP2 2.00; the widths are
// the template lengths Koha's server reads them with (C4/SIP/Sip/MsgType.pm).
import { describe, expect, it } from 'vitest';
import {
  checkinRequest,
  checkoutRequest,
  endPatronSessionRequest,
  holdRequest,
  itemInformationRequest,
  loginRequest,
  patronInformationRequest,
  patronStatusRequest,
  renewRequest,
  scStatusRequest,
} from '../../../src-main/library-system/sip2/requests';

const now = '20260106    000405';
const ctx = { now, institutionId: 'LIB' };
const blank18 = ' '.repeat(18);

/** Fixed-field widths after the code, as Koha's handlers table has them. */
const KOHA_TEMPLATE_LEN: Record<string, number> = { '93': 2, '99': 8, '23': 21, '63': 31, '11': 38, '09': 37, '29': 38, '15': 19, '17': 18, '35': 18 };

describe('SIP2 requests', () => {
  it('93 login: algorithms 0 0, then CN, CO, CP', () => {
    expect(loginRequest({ user: 'kiosk', password: 'pw', locationCode: 'honkan' })).toEqual({ name: 'login', text: '9300CNkiosk|COpw|CPhonkan|', answer: '94' });
  });

  it('99 SC status: status 0, print width, version 2.00', () => {
    expect(scStatusRequest().text).toBe('9900802.00');
    expect(scStatusRequest(4000).text).toBe('9909992.00');
  });

  it('23 patron status', () => {
    expect(patronStatusRequest(ctx, { patronId: '1000', patronPassword: 'pw' }).text).toBe(`23000${now}AOLIB|AA1000|AC|ADpw|`);
  });

  it('63 patron information: the summary asks for one list at a time', () => {
    expect(patronInformationRequest(ctx, { patronId: '1000', patronPassword: 'pw', summary: 'holdItems' }).text).toBe(`63000${now}Y         AOLIB|AA1000|AC|ADpw|`);
    expect(patronInformationRequest(ctx, { patronId: '1000', summary: 'chargedItems', startItem: 1, endItem: 20 }).text).toBe(`63000${now}  Y       AOLIB|AA1000|AC|BP1|BQ20|`);
    expect(patronInformationRequest({ ...ctx, language: '014' }, { patronId: '1' }).text).toBe(`63014${now}          AOLIB|AA1|AC|`);
  });

  it('11 checkout: renewal policy, no block, date, blank due date', () => {
    expect(checkoutRequest(ctx, { patronId: '1000', itemId: 'I1', patronPassword: 'pw' }).text).toBe(`11NN${now}${blank18}AOLIB|AA1000|ABI1|AC|ADpw|`);
    expect(checkoutRequest(ctx, { patronId: '1', itemId: 'I1', renewalAllowed: true, feeAcknowledged: true, cancel: false }).text).toBe(`11YN${now}${blank18}AOLIB|AA1|ABI1|AC|BOY|BIN|`);
  });

  it('09 checkin: no block, date, return date', () => {
    expect(checkinRequest(ctx, { itemId: 'I1', currentLocation: 'honkan' }).text).toBe(`09N${now}${now}APhonkan|AOLIB|ABI1|AC|`);
  });

  it('29 renew', () => {
    expect(renewRequest(ctx, { patronId: '1000', itemId: 'I1', patronPassword: 'pw' }).text).toBe(`29NN${now}${blank18}AOLIB|AA1000|ADpw|ABI1|AC|`);
  });

  it('15 hold: mode +, - or *, then BW, BS, BY before AO', () => {
    expect(holdRequest(ctx, { mode: 'add', patronId: '1', patronPassword: 'pw', itemId: 'I1', pickupLocation: 'tobu' }).text).toBe(`15+${now}BStobu|AOLIB|AA1|ADpw|ABI1|AC|`);
    expect(holdRequest(ctx, { mode: 'delete', patronId: '1', itemId: 'I1', expirationDate: now, holdType: '3' }).text).toBe(`15-${now}BW${now}|BY3|AOLIB|AA1|ABI1|AC|`);
    expect(holdRequest(ctx, { mode: 'change', patronId: '1', titleId: '坊っちゃん' }).text).toBe(`15*${now}AOLIB|AA1|AJ坊っちゃん|AC|`);
  });

  it('17 item information and 35 end patron session', () => {
    expect(itemInformationRequest(ctx, { itemId: 'I1' }).text).toBe(`17${now}AOLIB|ABI1|AC|`);
    expect(endPatronSessionRequest(ctx, { patronId: '1', patronPassword: 'pw' }).text).toBe(`35${now}AOLIB|AA1|AC|ADpw|`);
  });

  it('every request\'s fixed fields have the width Koha reads, and its variable fields start right after', () => {
    const all = [
      loginRequest({ user: 'u', password: 'p' }),
      scStatusRequest(),
      patronStatusRequest(ctx, { patronId: '1' }),
      patronInformationRequest(ctx, { patronId: '1' }),
      checkoutRequest(ctx, { patronId: '1', itemId: 'I' }),
      checkinRequest(ctx, { itemId: 'I' }),
      renewRequest(ctx, { patronId: '1', itemId: 'I' }),
      holdRequest(ctx, { mode: 'add', patronId: '1', itemId: 'I' }),
      itemInformationRequest(ctx, { itemId: 'I' }),
      endPatronSessionRequest(ctx, { patronId: '1' }),
    ];
    for (const request of all) {
      const code = request.text.slice(0, 2);
      const width = KOHA_TEMPLATE_LEN[code] as number;
      const rest = request.text.slice(2 + width);
      expect(rest === '' || /^[A-Z]{2}/.test(rest), `${code}: "${rest}"`).toBe(true);
      if (code !== '93' && code !== '99') expect(request.text.slice(2, 2 + width)).toContain(now);
    }
  });

  it('a value with | or CR cannot add a field: a card number carrying "|AD" stays one field', () => {
    const text = patronStatusRequest(ctx, { patronId: '1000|ADguess\r99', patronPassword: 'pw' }).text;
    expect(text).toBe(`23000${now}AOLIB|AA1000｜ADguess 99|AC|ADpw|`);
    expect(text.split('|').filter((f) => f.startsWith('AD'))).toHaveLength(1);
  });
});
