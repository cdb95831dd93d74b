import type { accessChannels } from '../../../shared/api/capabilities/access';
import { AppError } from '../app-error';
import type { DeskContext } from '../context';
import type { HandlersOf } from '../handler';
import type { Admitted } from './access';

export const accessApi: HandlersOf<typeof accessChannels> = {
  'auth:status': (ctx) => ctx.access.status(ctx.session),
  'auth:setup': (ctx, i) => ctx.access.setup(ctx.tx, i),
  'auth:unlock': (ctx, i) => ctx.access.unlock(ctx.tx, i),
  'auth:lock': (ctx) => ctx.access.lock(ctx.session),
  'auth:changePassword': (ctx, i) => ctx.access.changePassword(ctx.tx, signedIn(ctx), i),
  'auth:saveUser': (ctx, i) => ctx.access.saveUser(ctx.tx, i),
  'auth:removeUser': (ctx, i) => ctx.access.removeUser(ctx.tx, i),
  'auth:settings': (ctx, i) => ctx.access.settings(ctx.tx, i),
  'auth:disable': (ctx, i) => ctx.access.disable(ctx.tx, signedIn(ctx), i),
  'auth:recover': (ctx, i) => ctx.access.resetWithRecovery(ctx.tx, i),
};

/** Calls about one's own password need a signed-in user (there is none while no password is set). */
function signedIn(ctx: DeskContext): Admitted {
  if (!ctx.session) throw new AppError('REJECTED', '还没有设置访问密码。');
  return ctx.session;
}
