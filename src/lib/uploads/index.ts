/** Uploads, the one client module: pick, fit, send (weapp: Taro.cloud.uploadFile + fileID; H5: bytes over HTTP). */
export { FIT_FOR_CHECK, FIT_FOR_RECORD } from './fit';
export { uploadToIncoming } from './incoming';
export { pickImages } from './pick-images';
export { uploadImage } from './upload-image';
export { usePhotoUploads, type PhotoUploadContract } from './use-photo-uploads';
