import type { UploadPurpose } from '../../_kernel/uploads';

/** The upload purpose (folder) of meeting photos. */
export const MEETING_PHOTOS: UploadPurpose = 'party-meetings';
