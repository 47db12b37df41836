import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { RATINGS, RATING_LABELS, type Rating } from '@types-contract/requests/model';
import type { RequestDetail } from '@types-contract/requests/views';
import { addInformation, rateRequest, reopenRequest } from '@types-contract/requests/follow';
import { MAX_PHOTOS, uploadRequestPhoto } from '@types-contract/requests/submit';
import { useAction, errorOn } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';
import { usePhotoUploads } from '../../../lib/uploads';
import { ChoiceChips } from '../../../components/choice-chips';
import { PhotoStrip } from '../../../components/photo-strip';
import { TextAreaField } from '../../../components/text-area-field';

/** What the person who asked may do now: rate the answer, have it handled again, add information. */
export function SubmitterActions({ detail, onChanged }: { detail: RequestDetail; onChanged: () => void }) {
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const [info, setInfo] = useState('');
  const [reason, setReason] = useState('');
  const photos = usePhotoUploads(uploadRequestPhoto);
  const rate = useAction(rateRequest);
  const reopen = useAction(reopenRequest);
  const add = useAction(addInformation);
  const base = { id: detail.id, version: detail.version };
  const after = (done: unknown) => done && onChanged();
  const can = (s: string) => detail.steps.includes(s as never);

  return (
    <View data-testid="submitter-actions">
      {can('rate') ? (
        <View className="card">
          <Text className="card-title">评价答复</Text>
          <ChoiceChips
            name="rating"
            label="您对答复满意吗？"
            options={RATINGS}
            labels={RATING_LABELS}
            value={rating}
            error={errorOn(rate.error, 'rating')}
            onChange={setRating}
          />
          <TextAreaField
            name="comment"
            label={rating === 'unsatisfied' ? '哪里不满意（必填）' : '说两句（选填）'}
            value={comment}
            maxlength={300}
            placeholder="您的意见"
            error={errorOn(rate.error, 'comment')}
            onChange={setComment}
          />
          {rate.error && !rate.error.field ? <Text className="field-error">{rate.error.message}</Text> : null}
          <Button
            className="btn btn-primary"
            data-testid="send-rating"
            disabled={rate.loading}
            onClick={() => void rate.run({ ...base, rating: rating as Rating, comment }).then(after)}
          >
            提交评价
          </Button>
        </View>
      ) : null}
      {can('reopen') ? (
        <View className="card">
          <Text className="card-title">问题没有解决？</Text>
          {detail.reopenUntil ? <Text className="muted">{shanghai(detail.reopenUntil)} 前可以申请重新办理</Text> : null}
          <TextAreaField
            name="reason"
            label="重新办理的原因"
            value={reason}
            maxlength={500}
            placeholder="还有什么没有解决"
            error={reopen.error?.message}
            onChange={setReason}
          />
          <Button
            className="btn btn-plain"
            data-testid="reopen"
            disabled={reopen.loading}
            onClick={() => void reopen.run({ ...base, reason }).then(after)}
          >
            申请重新办理
          </Button>
        </View>
      ) : null}
      {can('addInfo') ? (
        <View className="card">
          <Text className="card-title">补充信息</Text>
          <TextAreaField
            name="info"
            label="补充说明"
            value={info}
            maxlength={1000}
            placeholder="新的情况、材料说明"
            error={add.error?.message}
            onChange={setInfo}
          />
          <PhotoStrip
            label={`照片（选填，最多 ${MAX_PHOTOS} 张）`}
            max={MAX_PHOTOS}
            previews={photos.previews}
            busy={photos.busy}
            error={photos.error}
            onAdd={photos.add}
            onRemove={photos.remove}
          />
          <Button
            className="btn btn-plain"
            data-testid="add-info"
            disabled={add.loading}
            onClick={() =>
              void add.run({ ...base, text: info, photos: photos.fileIds }).then((d) => {
                if (d) {
                  setInfo('');
                  photos.clear();
                  onChanged();
                }
              })
            }
          >
            提交补充信息
          </Button>
        </View>
      ) : null}
    </View>
  );
}
