// The one error the SIP2 client throws. Its reason says what went wrong on the wire; the library
// system port maps every reason to the same kiosk message (DomainError 'library_system_unavailable'),
// and the log keeps the reason so a technician can tell a slow ILS from a broken one.

export type Sip2ErrorReason =
  /** No connection: refused, reset, closed mid-message, TLS failed, or waiting out a back-off. */
  | 'unavailable'
  /** No complete answer within the per-request timeout. */
  | 'timeout'
  /** The answer's checksum was wrong, and still wrong after one resend (or the ILS kept asking us to resend). */
  | 'checksum'
  /** The answer could not be read: truncated, not SIP2, the wrong message type or sequence number. */
  | 'garbled'
  /** The ILS refused our login (93 → 940): wrong SIP user or password, or the account is disabled. */
  | 'refused';

export class Sip2Error extends Error {
  override name = 'Sip2Error';
  constructor(
    readonly reason: Sip2ErrorReason,
    /** A short English detail for the log; never a field value, so never a password or a name. */
    readonly detail: string,
  ) {
    super(`SIP2 ${reason}: ${detail}`);
  }
}
