/** @jest-environment node */
import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Stack } from '../../support/stack';
import { localSdk } from '../../../scripts/seed-local';
import { whoami } from '../../../types/account/whoami';
import { uploadVisitPhoto } from '../../../types/care/visits';
import { requestCorrection, uploadCorrectionPhoto } from '../../../types/profile/requests';
import { submitRequest, uploadRequestPhoto } from '../../../types/requests/submit';
import { stagePhoto } from '../../../types/supervision/reports';
import { importDryRun } from '../../../types/ledger/transfer';
import { examSitePhoto, withAppendedImage, withExif, withTrailer } from '../../support/photos';
import { pngImage } from '../../support/png-image';
import { seededStack, WHO } from '../supervision/world';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const VETERAN = 'demo-veteran-1';
const OTHER_VETERAN = 'demo-veteran-2';
const GRID_MEMBER = 'demo-grid-member-g-10-01-3';
const DISTRICT = 'demo-district-admin';
const SECRET = '张建国-13912345678';
/** What must never be in a stored photo: the person, the phone's metadata, the second image, the trailer. */
const IDENTITY = [SECRET, 'Exif', 'GPS', 'http://ns.adobe.com/xap', 'TRAILER', 'tEXt'];

/** A phone photo at its worst: EXIF/XMP/comment naming its owner, a second EXIF JPEG appended, a trailer. */
const taggedJpeg = () => withTrailer(withAppendedImage(withExif(examSitePhoto(), SECRET), SECRET), SECRET);
const taggedPng = () => pngImage({ width: 40, height: 30, rgb: [12, 200, 90], text: `Author ${SECRET} GPS 22.27N` });

const sdk = () => localSdk(stack.cloud);
const bytesOf = async (fileID: string) =>
  ((await sdk().downloadFile({ fileID })) as unknown as { fileContent: Buffer }).fileContent;
const paths = () => stack.cloud.files().map((f) => f.cloudPath);

function expectClean(bytes: Buffer) {
  expect(IDENTITY.filter((s) => bytes.includes(Buffer.from(s, 'utf8')))).toEqual([]);
}

/** Mean difference a channel between the exam-site photo and `bytes`, both decoded by jpeg-js. */
function differenceFromExamSite(bytes: Buffer): number {
  const a = jpeg.decode(examSitePhoto(), { useTArray: true });
  const b = jpeg.decode(bytes, { useTArray: true });
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i] - b.data[i]);
  return sum / a.data.length;
}

/** The mini-program's way: Taro.cloud.uploadFile into the folder whoami names, then the action gets the fileID. */
async function weappUpload(openid: string, bytes: Buffer, ext = 'jpg'): Promise<string> {
  const { uploadFolder } = await stack.ok(whoami, {}, openid);
  const res = (await sdk().uploadFile({
    cloudPath: `${uploadFolder}${Math.random().toString(16).slice(2, 14)}.${ext}`,
    fileContent: bytes,
  })) as unknown as { fileID: string };
  return res.fileID;
}

describe('every stored photo is its pixels and nothing else', () => {
  it('H5: a request photo with EXIF, an appended image and a trailer is stored as the same picture, without them', async () => {
    const tagged = taggedJpeg();
    const { fileID } = await stack.ok(
      uploadRequestPhoto,
      { contentType: 'image/jpeg', dataBase64: tagged.toString('base64') },
      VETERAN,
    );
    const stored = await bytesOf(fileID);
    expectClean(stored);
    expect(differenceFromExamSite(stored)).toBeLessThan(3);
    // The folder is the account's, and says nothing of who it is.
    expect(fileID).not.toContain(VETERAN);
    expect(fileID).toMatch(/\/uploads\/[0-9a-f]{32}\/requests\/[0-9a-f]{32}-[0-9a-f]{20}\.jpg$/);
  });

  it('weapp: a visit photo uploaded to the incoming folder is stored clean by fileID and the upload deleted', async () => {
    const incoming = await weappUpload(GRID_MEMBER, taggedJpeg());
    expect(incoming).not.toContain(GRID_MEMBER);
    const { fileID } = await stack.ok(uploadVisitPhoto, { fileID: incoming }, GRID_MEMBER);
    expectClean(await bytesOf(fileID));
    expect(paths()).not.toContain(incoming.replace(/^cloud:\/\/[^/]+\//, ''));
  });

  it('a PNG with text chunks keeps exactly its pixels and loses the text', async () => {
    const { fileID } = await stack.ok(uploadCorrectionPhoto, { dataBase64: taggedPng().toString('base64') }, VETERAN);
    const stored = await bytesOf(fileID);
    expectClean(stored);
    const png = PNG.sync.read(stored);
    expect([png.width, png.height, ...png.data.subarray(0, 4)]).toEqual([40, 30, 12, 200, 90, 255]);
  });

  it('a supervision photo with an appended image and a trailer keeps neither, under an anonymous random path', async () => {
    const staged = await stack.ok(stagePhoto, { dataBase64: taggedJpeg().toString('base64') }, WHO.integrity.openid);
    const [doc] = stack.cloud.db.browse('reportPhotos', JSON.stringify({ _id: staged.photoId }), 0, 1).docs as {
      fileID: string;
    }[];
    expect(doc.fileID).toMatch(/\/supervision\/photos\/[0-9a-f]{32}\.jpg$/);
    const stored = await bytesOf(doc.fileID);
    expectClean(stored);
    expect(differenceFromExamSite(stored)).toBeLessThan(3);
  });

  it('what is not a JPEG or PNG is refused in Chinese and nothing is stored', async () => {
    const before = paths().length;
    const webp = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(64)]);
    const res = await stack.call(uploadRequestPhoto, { dataBase64: webp.toString('base64') }, VETERAN);
    expect(res).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '只能上传 JPG 或 PNG 图片', field: 'dataBase64' },
    });
    expect(paths()).toHaveLength(before);
  });
});

describe("a fileID that is not the caller's is refused, with nothing written", () => {
  const correction = (photoFileId: string) => ({
    field: 'address' as const,
    value: '南屏镇永济社区 8 栋 302',
    reason: '搬家了',
    photoFileId,
  });
  const refusedWithoutWrites = async (res: { res: unknown; writes: number }, field: string) => {
    expect(res.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(res.writes).toBe(0);
  };

  it("requestCorrection with a supervision photo's fileID", async () => {
    const staged = await stack.ok(stagePhoto, { dataBase64: examSitePhoto().toString('base64') }, WHO.integrity.openid);
    const [doc] = stack.cloud.db.browse('reportPhotos', JSON.stringify({ _id: staged.photoId }), 0, 1).docs as {
      fileID: string;
    }[];
    await refusedWithoutWrites(await stack.metered(requestCorrection, correction(doc.fileID), VETERAN), 'photoFileId');
  });

  it("requestCorrection with another veteran's correction photo, and with a file the client wrote itself", async () => {
    const theirs = await stack.ok(
      uploadCorrectionPhoto,
      { dataBase64: examSitePhoto().toString('base64') },
      OTHER_VETERAN,
    );
    await refusedWithoutWrites(
      await stack.metered(requestCorrection, correction(theirs.fileID), VETERAN),
      'photoFileId',
    );
    // Written straight into the veteran's own corrections folder, past the check and the re-encoding.
    const mine = await stack.ok(uploadCorrectionPhoto, { dataBase64: examSitePhoto().toString('base64') }, VETERAN);
    const forged = (await sdk().uploadFile({
      cloudPath: mine.fileID.replace(/^cloud:\/\/[^/]+\//, '').replace(/[^/]+$/, 'forged.jpg'),
      fileContent: taggedJpeg(),
    })) as unknown as { fileID: string };
    await refusedWithoutWrites(
      await stack.metered(requestCorrection, correction(forged.fileID), VETERAN),
      'photoFileId',
    );
    // Their own stored photo is taken.
    expect(await stack.call(requestCorrection, correction(mine.fileID), VETERAN)).toMatchObject({ ok: true });
  });

  it("submitRequest with another person's request photo", async () => {
    const theirs = await stack.ok(
      uploadRequestPhoto,
      { dataBase64: examSitePhoto().toString('base64') },
      OTHER_VETERAN,
    );
    const res = await stack.metered(
      submitRequest,
      {
        clientToken: `t-${Date.now()}`,
        category: '优抚待遇',
        description: '这个月的抚恤金还没有到账，请帮忙查一下。',
        contact: { method: 'phone', phone: '13912345678' },
        photos: [theirs.fileID],
      },
      VETERAN,
    );
    await refusedWithoutWrites(res, 'photos.0');
  });

  it("an upload action given someone else's incoming file", async () => {
    const theirs = await weappUpload(OTHER_VETERAN, examSitePhoto());
    const before = paths().length;
    const res = await stack.metered(uploadRequestPhoto, { fileID: theirs }, VETERAN);
    await refusedWithoutWrites(res, 'fileID');
    expect(paths()).toHaveLength(before);
  });

  it('a ledger import of a file that is not the caller’s upload', async () => {
    const photo = await stack.ok(uploadRequestPhoto, { dataBase64: examSitePhoto().toString('base64') }, VETERAN);
    await refusedWithoutWrites(await stack.metered(importDryRun, { fileID: photo.fileID }, DISTRICT), 'fileID');
  });
});
