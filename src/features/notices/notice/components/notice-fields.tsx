import { NOTICE_LIMITS } from '@types-contract/notices/model';
import { TextAreaField } from '../../../../components/text-area-field';
import { TextField } from '../../../../components/text-field';
import type { useNoticeImages } from '../use-notice-images';
import { NoticeImagesField } from './notice-images-field';

interface FieldError {
  field?: string;
  message: string;
}

/** True when the error belongs to one of the fields NoticeFields shows (the form shows any other one). */
export function onNoticeField(error: FieldError | null | undefined): boolean {
  const field = error?.field ?? '';
  return ['title', 'body'].includes(field) || field.startsWith('imageFileIds');
}

/** A notice's title, body and pictures, as publishing and editing take them, each with its own error. */
export function NoticeFields(props: {
  /** Prefix of the fields' names (the edit card's fields are edit-title, edit-body). */
  namePrefix?: string;
  titlePlaceholder: string;
  title: string;
  body: string;
  onTitle: (v: string) => void;
  onBody: (v: string) => void;
  images: ReturnType<typeof useNoticeImages>;
  error: FieldError | null | undefined;
}) {
  const { namePrefix = '', images, error } = props;
  const field = error?.field ?? '';
  return (
    <>
      <TextField
        name={`${namePrefix}title`}
        label="标题"
        value={props.title}
        placeholder={props.titlePlaceholder}
        maxlength={NOTICE_LIMITS.titleMax}
        error={field === 'title' ? error?.message : undefined}
        onChange={props.onTitle}
      />
      <TextAreaField
        name={`${namePrefix}body`}
        label="正文"
        value={props.body}
        placeholder="通知内容（以文字显示）"
        maxlength={NOTICE_LIMITS.bodyMax}
        error={field === 'body' ? error?.message : undefined}
        onChange={props.onBody}
      />
      <NoticeImagesField
        images={images.images}
        room={images.room}
        progress={images.progress}
        error={images.error}
        onAdd={() => void images.add()}
        onRemove={images.remove}
      />
    </>
  );
}
