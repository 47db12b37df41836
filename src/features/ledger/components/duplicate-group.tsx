import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { resolveDuplicateId, type DuplicateIdGroup } from '@types-contract/ledger/duplicates';
import { routeUrl } from '../../../app-shell/route-paths';
import { BusyButton } from '../../../components/busy-button';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { FieldError } from '../../../components/field-error';

type DupFile = DuplicateIdGroup['files'][number];
type Step = { kind: 'merge'; keep: DupFile; retire: DupFile } | { kind: 'correct'; file: DupFile } | null;

const LIFE: Record<DupFile['lifeStatus'], string> = { in_district: '在册', moved_out: '已迁出', deceased: '已故' };

/**
 * One ID number held by several files: each file with where it lives and what pins it, then the two ways
 * out: merge one file into another (the same person), or correct the number typed wrong on one (a
 * different person). `onResolved` reloads the list with a message.
 */
export function DuplicateGroup({ group, onResolved }: { group: DuplicateIdGroup; onResolved: (msg: string) => void }) {
  const [step, setStep] = useState<Step>(null);
  const [note, setNote] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const resolve = useAction(resolveDuplicateId);
  const open = (s: Step) => {
    resolve.reset();
    setNote(s?.kind === 'merge' ? '经核实为同一人' : '');
    setIdNumber('');
    setStep(s);
  };
  const submit = async () => {
    if (!step) return;
    const done =
      step.kind === 'merge'
        ? await resolve.run({
            way: 'merge',
            keepId: step.keep.veteranId,
            retireId: step.retire.veteranId,
            keepVersion: step.keep.version,
            retireVersion: step.retire.version,
            note,
          })
        : await resolve.run({
            way: 'correct',
            veteranId: step.file.veteranId,
            version: step.file.version,
            idNumber: idNumber.trim(),
            note,
          });
    if (done) {
      setStep(null);
      onResolved(
        done.resolved === 'corrected' ? '身份证号已更正' : done.moved ? `已合并，转入记录${done.moved}条` : '已合并',
      );
    }
  };
  const others = (f: DupFile) => group.files.filter((o) => o.veteranId !== f.veteranId);
  return (
    <View className="card" data-testid="duplicate-group">
      <Text className="card-title">
        身份证号 {group.idMasked}（{group.files.length}份档案）
      </Text>
      {group.files.map((f) => (
        <View key={f.veteranId} className="dup-file" data-testid="duplicate-file" data-veteran-id={f.veteranId}>
          <Text className="text-block">
            <Text className="dup-name">{f.name}</Text>　{LIFE[f.lifeStatus]}　{f.bound ? '已绑定微信' : '未绑定微信'}
          </Text>
          <Text className="muted text-block">{f.place}</Text>
          {f.phoneMasked ? <Text className="muted text-block">手机 {f.phoneMasked}</Text> : null}
          {f.pinned.length ? (
            <Text className="muted text-block">{f.pinned.join('、')}：合并时只能保留这一份</Text>
          ) : null}
          <View className="row">
            <Button
              className="btn btn-plain btn-small"
              onClick={() => void Taro.navigateTo({ url: `${routeUrl('ledgerFile')}?id=${f.veteranId}` })}
            >
              查看档案
            </Button>
            <Button className="btn btn-plain btn-small" onClick={() => open({ kind: 'correct', file: f })}>
              更正身份证号
            </Button>
          </View>
          {others(f)
            .filter((o) => o.pinned.length === 0 && !(o.bound && f.bound))
            .map((o) => (
              <Button
                key={o.veteranId}
                className="btn btn-plain btn-wrap"
                onClick={() => open({ kind: 'merge', keep: f, retire: o })}
              >
                保留这一份，把{o.place}的「{o.name}」并入
              </Button>
            ))}
        </View>
      ))}
      {step ? (
        <View className="dup-step" data-testid="duplicate-step">
          {step.kind === 'merge' ? (
            <Text className="text-block">
              把「{step.retire.name}」的诉求、走访、帮扶等记录转到「{step.keep.name}」（{step.keep.place}
              ）的档案，然后删除「{step.retire.name}」这一份（留档备查）。请确认两份档案是同一个人。
            </Text>
          ) : (
            <>
              <Text className="text-block">
                为「{step.file.name}」（{step.file.place}）填写正确的身份证号。请先与本人或原始材料核对。
              </Text>
              <View className="field">
                <Text className="field-label">正确的身份证号</Text>
                <Input
                  className="field-input"
                  name="dupIdNumber"
                  type="idcard"
                  maxlength={18}
                  value={idNumber}
                  onInput={(e) => setIdNumber(e.detail.value)}
                />
                <FieldError error={errorOn(resolve.error, 'idNumber')} />
              </View>
            </>
          )}
          <View className="field">
            <Text className="field-label">{step.kind === 'merge' ? '合并原因' : '更正原因'}</Text>
            <Input
              className="field-input"
              name="dupNote"
              value={note}
              placeholder={step.kind === 'merge' ? '例如：经核实为同一人' : '例如：录入时抄错了号码'}
              onInput={(e) => setNote(e.detail.value)}
            />
          </View>
          <FieldError error={errorBeside(resolve.error, ['idNumber'])} />
          <BusyButton className="btn btn-primary" busy={resolve.loading} onClick={() => void submit()}>
            {step.kind === 'merge' ? '确认合并' : '确认更正'}
          </BusyButton>
          <Button className="btn btn-plain" onClick={() => open(null)}>
            取消
          </Button>
        </View>
      ) : null}
    </View>
  );
}
