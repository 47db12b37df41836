import { createMain } from '../_kernel/router';
import acceptProxy from './actions/accept-proxy';
import fileViewers from './actions/file-viewers';
import myCorrections from './actions/my-corrections';
import myFile from './actions/my-file';
import myHistory from './actions/my-history';
import proxyFiles from './actions/proxy-files';
import requestCorrection from './actions/request-correction';
import unbindAccount from './actions/unbind-account';
import uploadCorrectionPhoto from './actions/upload-correction-photo';
import withdrawConsent from './actions/withdraw-consent';

export const actions = [
  myFile,
  myCorrections,
  myHistory,
  fileViewers,
  proxyFiles,
  requestCorrection,
  unbindAccount,
  withdrawConsent,
  acceptProxy,
  uploadCorrectionPhoto,
];
export const main = createMain(actions);
