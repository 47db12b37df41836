import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { editNotice } from '@types-contract/notices/contracts';
import { NOTICE_LIMITS } from '@types-contract/notices/model';
import type { NoticeDetail } from '@types-contract/notices/views';
import { useAction } from '../../../../lib/cloud';
import { useNoticeImages } from '../use-notice-images';
import { NoticeFields, onNoticeField } from './notice-fields';

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
      <NoticeFields
        namePrefix="edit-"
        titlePlaceholder="标题"
        title={title}
        body={body}
        onTitle={setTitle}
        onBody={setBody}
        images={images}
        error={edit.error}
      />
      {edit.error && !onNoticeField(edit.error) ? <Text className="field-error">{edit.error.message}</Text> : null}
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
