import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { cloudFileId, imageUploadWith } from '../common/uploads';

/** At most this many photos on an activity's summary. */
export const SUMMARY_PHOTOS_MAX = 9;

/** The organiser's account of an activity after it began: what was done, people reached (publicity). */
export const summarizeActivity = defineContract<{ saved: true }>()({
  fn: 'activities',
  action: 'summarizeActivity',
  input: z
    .object({
      activityId: docId,
      text: multilineText().min(5, '请写几句活动小结（至少5个字）').max(1000, '活动小结不能超过1000个字'),
      peopleReached: z
        .number({ invalid_type_error: '请填写覆盖人数' })
        .int('覆盖人数须为整数')
        .min(0, '覆盖人数不能为负')
        .max(1_000_000, '覆盖人数过大')
        .nullable()
        .default(null),
      /** Photos stored with uploadActivityPhoto (the one upload path); those already on the summary may stay. */
      photoFileIds: z.array(cloudFileId).max(SUMMARY_PHOTOS_MAX, `最多${SUMMARY_PHOTOS_MAX}张照片`).default([]),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/**
 * A photo for the summary, by the activity's organisers, through the one upload path (WeChat's image check,
 * rebuilt from its pixels, stored in the caller's folder): the audience sees it on the activity's page.
 */
export const uploadActivityPhoto = defineContract<{ fileID: string }>()({
  fn: 'activities',
  action: 'uploadActivityPhoto',
  input: imageUploadWith({ activityId: docId }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'CONTENT_REJECTED'],
});
