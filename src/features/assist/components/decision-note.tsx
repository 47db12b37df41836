import { Button, Text, View } from '@tarojs/components';
import type { CloudError } from '../../../lib/cloud/cloud-error';
import { TextAreaField } from '../../../components/text-area-field';
import { errorOn } from '../../../lib/cloud';

interface Choice {
  label: string;
  testId: string;
}

interface Props {
  /** The note's field name as the action names it in its errors (`note`), and the input's name. */
  name: string;
  label: string;
  placeholder: string;
  note: string;
  onNote: (note: string) => void;
  /** The action's refusal, if any; shown at its field, else under the note. */
  error: CloudError | null | undefined;
  /** Fields the panel shows errors at itself (the note's is shown here). */
  fieldsAbove?: string[];
  yes: Choice;
  no: Choice;
  busy: boolean;
  onDecide: (yes: boolean) => void;
}

/**
 * The end of a decision on an application (the station's review, an approval): the note, the refusal the
 * action answered, and the two buttons, yes first.
 */
export function DecisionNote({
  name,
  label,
  placeholder,
  note,
  onNote,
  error,
  fieldsAbove = [],
  yes,
  no,
  busy,
  onDecide,
}: Props) {
  const own = ['note', ...fieldsAbove];
  return (
    <>
      <TextAreaField
        name={name}
        label={label}
        value={note}
        maxlength={500}
        placeholder={placeholder}
        error={errorOn(error, 'note')}
        onChange={onNote}
      />
      {error && !own.includes(error.field ?? '') ? (
        <Text className="field-error" data-testid="panel-error">
          {error.message}
        </Text>
      ) : null}
      <View className="row">
        <Button
          className="btn btn-primary btn-small"
          data-testid={yes.testId}
          disabled={busy}
          onClick={() => onDecide(true)}
        >
          {yes.label}
        </Button>
        <Button
          className="btn btn-plain btn-small"
          data-testid={no.testId}
          disabled={busy}
          onClick={() => onDecide(false)}
        >
          {no.label}
        </Button>
      </View>
    </>
  );
}
