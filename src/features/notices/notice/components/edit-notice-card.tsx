import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { editNotice } from '@types-contract/notices/contracts';
import { NOTICE_LIMITS } from '@types-contract/notices/model';
import type { NoticeDetail } from '@types-contract/notices/views';
import { TextAreaField } from '../../../../components/text-area-field';
import { TextField } from '../../../../components/text-field';
import { useAction } from '../../../../lib/cloud';
import { useNoticeImages } from '../use-notice-images';
import { NoticeImagesField } from './notice-images-field';

const DAY_MS = 86_400_000;

/**
 * The publisher corrects a notice's text and images; readers then see 已修改（第N版）. Category, expiry and
 * 需确认 are kept (the expiry counts from publication, so it is sent as the days it was given).
 */
export function EditNoticeCard({ notice, onSaved }: { notice: NoticeDetail; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(notice.title);
  const [body, setBody] = useState(notice.body);
  const edit = useAction(editNotice);
  const images = useNoticeImages(
    notice.images.map((img) => ({ fileId: img.fileId, preview: img.url })),
    edit.error,
  );
  const field = edit.error?.field ?? '';
  if (!open)
    return (
      <Button className="btn btn-plain" onClick={() => setOpen(true)}>
        修改通知
      </Button>
    );
  const save = async () => {
    if (images.progress) return;
    const days = Math.max(1, Math.round((Date.parse(notice.expiresAt) - Date.parse(notice.createdAt)) / DAY_MS));
    const done = await edit.run({
      noticeId: notice.id,
      title,
      body,
      category: notice.category,
      expiresInDays: Math.min(days, NOTICE_LIMITS.expiryDaysMax),
      requireAck: notice.requireAck,
      imageFileIds: images.fileIds,
    });
    if (done) {
      setOpen(false);
      onSaved();
    }
  };
  return (
    <View data-testid="edit-notice">
      <TextField
        name="edit-title"
        label="标题"
        value={title}
        placeholder="标题"
        maxlength={NOTICE_LIMITS.titleMax}
        error={field === 'title' ? edit.error?.message : undefined}
        onChange={setTitle}
      />
      <TextAreaField
        name="edit-body"
        label="正文"
        value={body}
        placeholder="通知内容（以文字显示）"
        maxlength={NOTICE_LIMITS.bodyMax}
        error={field === 'body' ? edit.error?.message : undefined}
        onChange={setBody}
      />
      <NoticeImagesField
        images={images.images}
        room={images.room}
        progress={images.progress}
        error={images.error}
        onAdd={() => void images.add()}
        onRemove={images.remove}
      />
      {edit.error && !['title', 'body'].includes(field) && !field.startsWith('imageFileIds') ? (
        <Text className="field-error">{edit.error.message}</Text>
      ) : null}
      <Button
        className="btn btn-primary"
        disabled={edit.loading || Boolean(images.progress) || undefined}
        onClick={() => void save()}
      >
        保存修改
      </Button>
      <Button className="btn btn-plain" onClick={() => setOpen(false)}>
        取消
      </Button>
    </View>
  );
}
