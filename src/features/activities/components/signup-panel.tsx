import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ActivityView } from '@types-contract/activities/manage';
import { cancelSignup, signUp } from '@types-contract/activities/signup';
import { useAction } from '../../../lib/cloud';
import { askToNotify } from '../../../lib/notify/ask-to-notify';
import { BusyButton } from '../../../components/busy-button';

/** The attendee's part: sign up, their place (signed up, or waiting N), cancel; 「名额已满」 when nothing is left. */
export function SignupPanel({ activity: a, onChanged }: { activity: ActivityView; onChanged: () => void }) {
  const join = useAction(signUp);
  const leave = useAction(cancelSignup);
  const closed = !a.signupOpen;
  const started = a.started;
  const noRoom = a.signedUp >= a.capacity && a.waitlisted >= a.waitlistCap;
  const doJoin = async () => {
    // WeChat shows the subscribe prompt only from a tap: asked first, before any await, and not awaited.
    void askToNotify(['activityReminder']);
    const out = await join.run({ activityId: a.id });
    if (!out) return;
    void Taro.showToast({ title: out.status === 'signed' ? '报名成功' : `已候补，第${out.position}位`, icon: 'none' });
    onChanged();
  };
  const doLeave = async () => {
    const { confirm } = await Taro.showModal({ title: '取消报名', content: '确定取消报名吗？名额会让给候补的人。' });
    if (!confirm) return;
    if (await leave.run({ activityId: a.id })) {
      void Taro.showToast({ title: '已取消报名', icon: 'none' });
      onChanged();
    }
  };
  const error = join.error ?? leave.error;
  return (
    <View className="card" data-testid="signup-panel">
      {a.mine?.status === 'signed' ? (
        <Text className="status-ok text-block" data-testid="my-status">
          您已报名{a.mine.checkedIn ? '，已签到' : ''}
        </Text>
      ) : null}
      {a.mine?.status === 'waitlisted' ? (
        <Text className="status-wait text-block" data-testid="my-status">
          您在候补名单第 {a.mine.position} 位，有人取消时按顺序递补
        </Text>
      ) : null}
      {!a.mine && closed ? <Text className="text-block muted">报名已截止</Text> : null}
      {!a.mine && !closed && noRoom ? (
        <Text className="status-full text-block" data-testid="my-status">
          名额已满
        </Text>
      ) : null}
      {!a.mine && !closed && !noRoom ? (
        <BusyButton className="btn btn-primary" data-testid="sign-up" busy={join.loading} onClick={() => void doJoin()}>
          {a.signedUp >= a.capacity ? '报名候补' : '我要报名'}
        </BusyButton>
      ) : null}
      {a.mine && !started ? (
        <Button className="btn btn-plain" data-testid="cancel-signup" onClick={() => void doLeave()}>
          取消报名
        </Button>
      ) : null}
      {error ? (
        <Text className="field-error" data-testid="signup-error">
          {error.message}
        </Text>
      ) : null}
    </View>
  );
}
