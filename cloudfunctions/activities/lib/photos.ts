import type { UploadPurpose } from '../../_kernel/uploads';

/** The upload purpose (folder) of activity summary photos. */
export const SUMMARY_PHOTOS: UploadPurpose = 'activities';
