import { register } from '../../../types/account/register';
import type { AccountDoc, RegistrationDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { maskIdNumber, maskPhone } from '../../../types/common/validators';
import { defineAction } from '../../_kernel/action';
import { ensureAccount } from '../../_domain/accounts';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { bindInTx } from '../registration/bind';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';
import { phoneVerified } from '../registration/phone-proof';

export default defineAction(register, async (input, ctx) => {
  const { db, read, now, sdk } = ctx;
  const me = await ctx.caller();
  if (me.veteran) throw new AppError('CONFLICT', '您的微信已绑定档案，无需重复登记');
  const pii = ctx.pii();
  const idHash = pii.blindIndex('id', input.idNumber);
  const phoneHash = pii.blindIndex('phone', input.phone);
  const verified = await phoneVerified(sdk, input.phoneProof, input.phone);
  const file = await read.one<VeteranDoc>('veterans', { idHash });
  if (file?.openid)
    throw new AppError('CONFLICT', '该身份证号对应的档案已绑定其他微信账号。如更换了微信，请联系网格员办理');
  const nameMatches = file !== null && file.name === input.name;

  if (file && nameMatches && verified && file.phoneHash === phoneHash) {
    await ensureAccount(db, me.openid, now);
    await inTransaction(db, async (tx) => {
      const account = await txGet<AccountDoc>(tx, 'accounts', me.openid);
      await bindInTx(tx, await txGet<VeteranDoc>(tx, 'veterans', file._id), account, me.openid, now);
    });
    await refreshGridStats(ctx, [file.gridId]); // a bound file joins its notices' audience (rollups)
    const grid = await read.byId<OrgDoc>('orgs', file.gridId);
    return { status: 'bound' as const, veteranId: file._id, gridName: grid?.name ?? '' };
  }

  const gridId = nameMatches ? file.gridId : input.gridId;
  if (!gridId) return { status: 'needs_grid' as const };
  const grid = await read.byId<OrgDoc>('orgs', gridId);
  if (!grid || grid.kind !== 'grid') throw new AppError('NOT_FOUND', '所选网格不存在，请重新选择', 'gridId');

  await ensureAccount(db, me.openid, now);
  const registrationId = newId();
  const doc: Omit<RegistrationDoc, '_id'> = {
    openid: me.openid,
    name: input.name,
    idEnc: pii.encrypt(input.idNumber),
    idHash,
    idMasked: maskIdNumber(input.idNumber),
    phoneEnc: pii.encrypt(input.phone),
    phoneHash,
    phoneMasked: maskPhone(input.phone),
    phoneVerified: verified,
    gridId,
    orgPath: grid.path,
    matchKind: nameMatches ? 'id_name' : 'none',
    candidateVeteranId: nameMatches ? file._id : null,
    status: 'pending',
    createdAt: now,
    decidedBy: null,
    decidedAt: null,
    note: '',
  };
  await inTransaction(db, async (tx) => {
    const account = await txGet<AccountDoc>(tx, 'accounts', me.openid);
    if (account?.veteranId) throw new AppError('CONFLICT', '您的微信已绑定档案，无需重复登记');
    const previous = account?.registrationId
      ? await txGet<RegistrationDoc>(tx, 'registrations', account.registrationId)
      : null;
    if (previous?.status === 'pending')
      throw new AppError('ALREADY_EXISTS', '您的登记正在等待网格员确认，请勿重复提交');
    await tx.collection('registrations').doc(registrationId).set({ data: doc });
    await tx.collection('accounts').doc(me.openid).update({ data: { registrationId } });
  });
  return { status: 'pending' as const, registrationId, gridName: grid.name, matchKind: doc.matchKind };
});
