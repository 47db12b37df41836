import type { AuthzCase } from '../case';
import type { World } from '../world';
import { fileViewers, myCorrections, myFile, myHistory, proxyFiles } from '../../../../types/profile/queries';
import {
  acceptProxy,
  requestCorrection,
  unbindAccount,
  uploadCorrectionPhoto,
  withdrawConsent,
} from '../../../../types/profile/requests';

const forB = async (w: World) => ({ forVeteranId: (await w.veteranOf('demo-veteran-2'))._id });
const correction = { field: 'address', value: '广东省珠海市香洲区南屏镇永济社区永济路8号', reason: '门牌号登记错了' };

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const photo = { contentType: 'image/png' as const, dataBase64: PNG };

export const cases: AuthzCase[] = [
  { contract: uploadCorrectionPhoto, as: 'anonymous', input: photo, expect: 'UNAUTHENTICATED' },
  { contract: uploadCorrectionPhoto, as: 'newUser', input: photo, expect: 'FORBIDDEN' },
  {
    contract: uploadCorrectionPhoto,
    as: 'gridMemberA',
    input: photo,
    expect: 'FORBIDDEN',
    note: 'staff have no correction of their own to document',
  },
  { contract: uploadCorrectionPhoto, as: 'veteranA', input: photo, expect: 'ok' },

  ...[myFile, myCorrections, myHistory, fileViewers].flatMap((contract): AuthzCase[] => [
    { contract, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
    { contract, as: 'gridMemberA', input: {}, expect: 'NOT_FOUND', note: 'staff without a file of their own' },
    { contract, as: 'veteranA', input: forB, expect: 'FORBIDDEN', note: "another veteran's file" },
    { contract, as: 'gridMemberA', input: forB, expect: 'FORBIDDEN', note: 'staff use the ledger, not 我的档案' },
    { contract, as: 'veteranA', input: {}, expect: 'ok' },
  ]),

  { contract: proxyFiles, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: proxyFiles, as: 'veteranB', input: {}, expect: 'ok' },

  { contract: requestCorrection, as: 'anonymous', input: correction, expect: 'UNAUTHENTICATED' },
  { contract: requestCorrection, as: 'stationA', input: correction, expect: 'NOT_FOUND' },
  {
    contract: requestCorrection,
    as: 'veteranA',
    input: async (w) => ({ ...correction, ...(await forB(w)) }),
    expect: 'FORBIDDEN',
  },
  { contract: requestCorrection, as: 'veteranA', input: correction, expect: 'ok' },

  { contract: unbindAccount, as: 'anonymous', input: { confirm: true }, expect: 'UNAUTHENTICATED' },
  { contract: unbindAccount, as: 'gridMemberA', input: { confirm: true }, expect: 'NOT_FOUND' },
  { contract: unbindAccount, as: 'leavingVeteran', input: { confirm: true }, expect: 'ok' },
  { contract: withdrawConsent, as: 'anonymous', input: { confirm: true }, expect: 'UNAUTHENTICATED' },
  { contract: withdrawConsent, as: 'stationA', input: { confirm: true }, expect: 'NOT_FOUND' },
  { contract: withdrawConsent, as: 'leavingVeteran', input: { confirm: true }, expect: 'ok' },

  { contract: acceptProxy, as: 'newUser', input: { code: 'ZZZZZZZZ' }, expect: 'NOT_FOUND' },
  { contract: acceptProxy, as: 'anonymous', input: { code: 'ZZZZZZZZ' }, expect: 'UNAUTHENTICATED' },
  {
    contract: acceptProxy,
    as: 'veteranB',
    input: (w) => ({ code: w.one<{ _id: string }>('proxyCodes', { usedBy: null })._id }),
    expect: 'ok',
    note: 'a family member in another street',
  },
];
