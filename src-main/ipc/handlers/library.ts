// Library patron channels (seed 002): the public card login, then everything of Myライブラリ and
// 利用者情報変更 behind a patron session. Handlers only unpack; the rules live in src-main/library.
// Loans and holds go through library.circulation, i.e. the library system port (local or SIP2).
import type { LibraryChannel } from '../../../src-shared/contract/library';
import type { Library } from '../../library';
import { type HandlerGroup, sessionOf } from '../handler';

export function libraryHandlers(library: Library): HandlerGroup<LibraryChannel> {
  const me = (ctx: Parameters<typeof sessionOf>[0]) => sessionOf(ctx).accountId;
  return {
    'library.login': ({ cardNumber, password }, ctx) => library.auth.login(ctx.terminal, cardNumber, password, ctx.actor),
    'library.password.change': async ({ newPassword, confirmPassword }, ctx) => {
      await library.auth.changeInitial(ctx.terminal, me(ctx), newPassword, confirmPassword, ctx.actor);
      return null;
    },
    'library.summary': async (_input, ctx) => {
      const session = sessionOf(ctx);
      const [counts, shelves] = await Promise.all([library.summary.counts(session.accountId), library.shelves.list(session.accountId)]);
      return { system: library.system.kind, cardNumber: session.loginId, displayName: session.displayName, counts, shelves };
    },
    'library.loans.list': (_input, ctx) => library.circulation.loans(me(ctx)),
    'library.loans.renew': ({ loanId }, ctx) => library.circulation.renew(me(ctx), loanId),
    'library.holds.list': (_input, ctx) => library.circulation.holds(me(ctx)),
    'library.holds.changePickup': ({ holdId, pickupBranch }, ctx) => library.circulation.changePickup(me(ctx), holdId, pickupBranch),
    'library.holds.setMail': ({ holdId, notifyMail }, ctx) => library.circulation.setHoldMail(me(ctx), holdId, notifyMail),
    'library.holds.cancel': async ({ holdId }, ctx) => {
      await library.circulation.cancelHold(me(ctx), holdId);
      return null;
    },
    'library.cart.list': (_input, ctx) => library.cart.list(me(ctx)),
    'library.cart.add': async ({ itemId }, ctx) => {
      await library.cart.add(me(ctx), itemId);
      return null;
    },
    'library.cart.remove': async ({ itemIds }, ctx) => {
      await library.cart.remove(me(ctx), itemIds);
      return null;
    },
    'library.cart.placeHolds': async ({ itemIds, pickupBranch }, ctx) => ({ placed: await library.circulation.placeHolds(me(ctx), itemIds, pickupBranch) }),
    'library.history.list': (_input, ctx) => library.history.list(me(ctx)),
    'library.history.delete': async (input, ctx) => ({
      deleted: 'all' in input ? await library.history.deleteAll(me(ctx)) : await library.history.delete(me(ctx), input.ids),
    }),
    'library.ebooks.list': (_input, ctx) => library.ebooks.list(me(ctx)),
    'library.shelves.list': (_input, ctx) => library.shelves.list(me(ctx)),
    'library.shelves.get': ({ shelfId }, ctx) => library.shelves.get(me(ctx), shelfId),
    'library.shelves.create': ({ name }, ctx) => library.shelves.create(me(ctx), name),
    'library.shelves.rename': ({ shelfId, name }, ctx) => library.shelves.rename(me(ctx), shelfId, name),
    'library.shelves.delete': async ({ shelfId }, ctx) => {
      await library.shelves.delete(me(ctx), shelfId);
      return null;
    },
    'library.shelves.addItem': async ({ shelfId, itemId }, ctx) => {
      await library.shelves.addItem(me(ctx), shelfId, itemId);
      return null;
    },
    'library.shelves.removeItem': async ({ shelfId, itemId }, ctx) => {
      await library.shelves.removeItem(me(ctx), shelfId, itemId);
      return null;
    },
    'library.catalogue.search': ({ query, field }) => library.catalogue.search(query, field),
    'library.sdi.list': (_input, ctx) => library.sdi.list(me(ctx)),
    'library.sdi.add': ({ field, term }, ctx) => library.sdi.add(me(ctx), field, term),
    'library.sdi.setEnabled': ({ id, enabled }, ctx) => library.sdi.setEnabled(me(ctx), id, enabled),
    'library.sdi.remove': async ({ id }, ctx) => {
      await library.sdi.remove(me(ctx), id);
      return null;
    },
    'library.settings.get': (_input, ctx) => library.settings.view(me(ctx)),
    'library.settings.check': async (change, ctx) => {
      await library.settings.check(me(ctx), change, ctx.actor);
      return null;
    },
    'library.settings.update': (change, ctx) => library.settings.save(me(ctx), change, ctx.actor),
  };
}
