import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { RequestDetail } from '@types-contract/requests/views';
import { handleRequest } from '@types-contract/requests/handle';
import { STEPS, type StepName } from '@types-contract/requests/state-machine';
import { useAction, errorOn } from '../../../lib/cloud';
import { TextAreaField } from '../../../components/text-area-field';

/** Staff steps the UI offers (assignment is done from the team page); order = how often they are used. */
const OFFERED: StepName[] = [
  'accept',
  'start',
  'answer',
  'progress',
  'escalate',
  'handBack',
  'close',
  'markLegacy',
  'return',
  'note',
];
const NEEDS_TEXT: StepName[] = ['answer', 'progress', 'escalate', 'handBack', 'return', 'note', 'markLegacy'];

/** The steps the staff member may take now (from the state machine and their level), with one text box. */
export function HandlerActions({ detail, onChanged }: { detail: RequestDetail; onChanged: () => void }) {
  const [text, setText] = useState('');
  const act = useAction(handleRequest);
  const steps = OFFERED.filter((s) => detail.steps.includes(s));
  if (!steps.length) return null;
  const take = async (step: StepName) => {
    const done = await act.run({ id: detail.id, version: detail.version, step, text } as never);
    if (done) {
      setText('');
      onChanged();
    }
  };
  return (
    <View className="card" data-testid="handler-actions">
      <Text className="card-title">办理</Text>
      <TextAreaField
        name="handle-text"
        label="答复、原因或备注"
        value={text}
        maxlength={2000}
        placeholder="答复、上报原因、退回原因都写在这里"
        error={errorOn(act.error, 'text')}
        onChange={setText}
      />
      {act.error && act.error.field !== 'text' ? (
        <View>
          <Text className="field-error" data-testid="handle-error">
            {act.error.message}
          </Text>
          {act.error.code === 'CONFLICT' ? (
            <Button className="btn btn-small btn-plain" onClick={onChanged}>
              刷新
            </Button>
          ) : null}
        </View>
      ) : null}
      <View className="chips">
        {steps.map((s) => (
          <Button
            key={s}
            className={`btn btn-small ${s === 'answer' || s === 'accept' ? 'btn-primary' : 'btn-plain'}`}
            data-testid={`step-${s}`}
            disabled={act.loading || (NEEDS_TEXT.includes(s) && !text.trim())}
            onClick={() => void take(s)}
          >
            {STEPS[s].label}
          </Button>
        ))}
      </View>
    </View>
  );
}
