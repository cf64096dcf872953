// 郵便番号 → 住所: a public read of the bundled Japan Post data (issue 17).
import type { PostalDirectory } from '../../address';
import type { HandlerGroup } from '../handler';

export function addressHandlers(postal: PostalDirectory): HandlerGroup<'address.lookup'> {
  return {
    'address.lookup': ({ code }) => postal.lookup(code),
  };
}
