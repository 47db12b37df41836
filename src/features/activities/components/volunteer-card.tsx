import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  AVAILABILITY,
  AVAILABILITY_LABELS,
  myVolunteerProfile,
  registerVolunteer,
  VOLUNTEER_SKILL_LABELS,
  VOLUNTEER_SKILLS,
  type Availability,
  type VolunteerSkill,
} from '@types-contract/activities/volunteers';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery, errorBeside, errorOn } from '../../../lib/cloud';
import { MultiChips } from '../../../components/multi-chips';
import { FactLine } from '../../../components/fact-line';
import { BusyButton } from '../../../components/busy-button';
import { FieldError } from '../../../components/field-error';

/** 志愿者登记: what I can do, when, and where; shown filled in once registered, with 修改. */
export function VolunteerCard() {
  const profile = useQuery(myVolunteerProfile, {});
  const save = useAction(registerVolunteer);
  const [editing, setEditing] = useState(false);
  const [skills, setSkills] = useState<VolunteerSkill[]>([]);
  const [otherSkill, setOther] = useState('');
  const [availability, setAvailability] = useState<Availability[]>([]);
  const [area, setArea] = useState<string | null>(null);
  const p = profile.data;
  useEffect(() => {
    if (!p) return;
    setSkills(p.skills);
    setOther(p.otherSkill);
    setAvailability(p.availability);
    setArea(p.areaOrgId ?? p.areaOptions[0]?.id ?? null);
  }, [p]);
  if (profile.error)
    return (
      <View className="card">
        <Text className="field-error">{profile.error.message}</Text>
      </View>
    );
  if (!p) return null;
  const err = (f: string) => errorOn(save.error, f);
  const submit = async () => {
    if (!area) return;
    if (await save.run({ skills, otherSkill, availability, areaOrgId: area })) {
      void Taro.showToast({ title: '已登记为志愿者', icon: 'success' });
      setEditing(false);
      profile.retry();
    }
  };
  if (p.registered && !editing) {
    const areaName = p.areaOptions.find((o) => o.id === p.areaOrgId)?.name ?? '';
    return (
      <View className="card" data-testid="volunteer-card">
        <Text className="card-title">我是志愿者</Text>
        <FactLine label="特长">
          <Text>{[...p.skills.map((s) => VOLUNTEER_SKILL_LABELS[s]), p.otherSkill].filter(Boolean).join('、')}</Text>
        </FactLine>
        <FactLine label="服务时间">
          <Text>{p.availability.map((a) => AVAILABILITY_LABELS[a]).join('、')}</Text>
        </FactLine>
        <FactLine label="服务区域">
          <Text>{areaName}</Text>
        </FactLine>
        <Button className="btn btn-plain" onClick={() => setEditing(true)}>
          修改登记信息
        </Button>
      </View>
    );
  }
  return (
    <View className="card" data-testid="volunteer-card">
      <Text className="card-title">登记成为志愿者</Text>
      <MultiChips
        name="skills"
        label="我的特长（可多选）"
        options={VOLUNTEER_SKILLS}
        labels={VOLUNTEER_SKILL_LABELS}
        value={skills}
        error={err('skills')}
        onChange={setSkills}
      />
      <TextField
        name="otherSkill"
        label="其他特长（选填）"
        value={otherSkill}
        maxlength={30}
        placeholder="例如：会修自行车"
        error={err('otherSkill')}
        onChange={setOther}
      />
      <MultiChips
        name="availability"
        label="可以服务的时间（可多选）"
        options={AVAILABILITY}
        labels={AVAILABILITY_LABELS}
        value={availability}
        error={err('availability')}
        onChange={setAvailability}
      />
      <View className="field" data-field="area">
        <Text className="field-label">服务区域</Text>
        <View className="chips">
          {p.areaOptions.map((o) => (
            <Button
              key={o.id}
              className={`btn btn-small chip ${area === o.id ? 'chip-on btn-primary' : 'btn-plain'}`}
              onClick={() => setArea(o.id)}
            >
              {o.name}
            </Button>
          ))}
        </View>
        {err('areaOrgId') ? <Text className="field-error">{err('areaOrgId')}</Text> : null}
      </View>
      <FieldError error={errorBeside(save.error, ['skills', 'otherSkill', 'availability', 'areaOrgId'])} />
      <BusyButton
        className="btn btn-primary"
        data-testid="register-volunteer"
        busy={save.loading}
        onClick={() => void submit()}
      >
        {p.registered ? '保存修改' : '登记'}
      </BusyButton>
    </View>
  );
}
