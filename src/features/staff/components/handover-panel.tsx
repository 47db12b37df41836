import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';

export interface Choice {
  id: string;
  label: string;
}

interface HandoverPanelProps {
  title: string;
  successors: Choice[];
  /** For a move: where to. */
  targets?: Choice[];
  busy: boolean;
  error?: string;
  onConfirm: (successorId: string, targetId?: string) => void;
  onCancel: () => void;
}

/** Removing or moving someone names who takes over their open work (and, for a move, where they go). */
export function HandoverPanel({ title, successors, targets, busy, error, onConfirm, onCancel }: HandoverPanelProps) {
  const [successor, setSuccessor] = useState(0);
  const [target, setTarget] = useState(0);
  return (
    <View className="card" data-testid="handover-panel">
      <Text className="card-title">{title}</Text>
      {targets ? (
        <Picker
          mode="selector"
          range={targets.map((t) => t.label)}
          value={target}
          onChange={(e) => setTarget(Number(e.detail.value))}
        >
          <View className="row">
            <Text>调往</Text>
            <Text className="muted">{targets[target]?.label ?? '无可选单位'} ›</Text>
          </View>
        </Picker>
      ) : null}
      <Picker
        mode="selector"
        range={successors.map((s) => s.label)}
        value={successor}
        onChange={(e) => setSuccessor(Number(e.detail.value))}
      >
        <View className="row">
          <Text>工作交接给</Text>
          <Text className="muted">{successors[successor]?.label ?? '无可选人员'} ›</Text>
        </View>
      </Picker>
      {error ? <Text className="field-error">{error}</Text> : null}
      <View className="row">
        <Button
          className="btn btn-primary"
          disabled={busy || !successors.length || (targets && !targets.length)}
          onClick={() => onConfirm(successors[successor].id, targets?.[target]?.id)}
        >
          确定
        </Button>
        <Button className="btn btn-plain" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
