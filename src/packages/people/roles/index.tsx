// 角色授权 (admin): find a person, grant or withdraw a role. 业主/住户 come from approved claims,
// so they are shown but not toggled here.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { usePagedList } from '../../../components/usePagedList';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { grantRoleInput } from '../../../domain/schemas/people';
import { ROLE_LABELS, type Role } from '../../../domain/roles';
import { rolesPage as t } from '../../../copy/people';
import { TextInput } from '../../../components/Field';
import { useFeedback } from '../components/feedback';

type User = Output<'users.list'>['users'][number];
const GRANTABLE: Role[] = ['committee', 'staff', 'manager', 'community', 'admin'];
const DERIVED: Role[] = ['owner', 'resident'];

function UserCard({ user, onChange, onDone }: { user: User; onChange: (u: User) => void; onDone: (text: string) => void }) {
  const f = useSubmit({ fields: [] });
  const [pressed, setPressed] = useState<Role | null>(null);
  const busy = f.busy ? pressed : null;
  const error = f.formError;

  const toggle = async (role: Role) => {
    if (f.busy) return;
    const grant = !user.roles.includes(role);
    const input = f.check(grantRoleInput, { userId: user.id, role, grant });
    if (!input) return;
    setPressed(role);
    await f.run(
      () => call('roles.grant', input),
      (r) => {
        onChange({ ...user, roles: r.user.roles });
        onDone((grant ? t.granted : t.revoked)(user.name, ROLE_LABELS[role]));
      },
    );
  };

  const derived = user.roles.filter((r) => DERIVED.includes(r));
  return (
    <View className='gz-card'>
      <View className='gz-kv'>
        <Text className='gz-card__title'>{user.name}</Text>
        {user.phoneMasked && <Text className='gz-phone gz-muted'>{user.phoneMasked}</Text>}
        {user.flats?.length > 0 && <Text className='gz-muted'>{user.flats.join('、')}</Text>}
      </View>
      {derived.length > 0 && (
        <View>
          {derived.map((r) => (
            <Text key={r} className='gz-tag gz-tag--role'>
              {ROLE_LABELS[r]}
            </Text>
          ))}
        </View>
      )}
      <View className='gz-choices'>
        {GRANTABLE.map((role) => {
          const has = user.roles.includes(role);
          const press = () => void toggle(role);
          return (
            <View
              key={role}
              className={`gz-choice ${has ? 'gz-choice--on' : ''}`}
              onClick={press}
              {...buttonA11y({ role: 'checkbox', pressed: has, label: ROLE_LABELS[role], disabled: !!busy, onActivate: press })}
            >
              <Text>{busy === role ? '…' : ROLE_LABELS[role]}</Text>
            </View>
          );
        })}
      </View>
      {error && <Notice kind='error'>{error}</Notice>}
    </View>
  );
}

export default function RolesPage() {
  const [q, setQ] = useState('');
  // A role changed here replaces the person as the page listed them.
  const [changed, setChanged] = useState<Record<string, User>>({});
  const feedback = useFeedback();
  const pages = usePagedList<User>(async (skip) => {
    const r = await call('users.list', { ...(q.trim() ? { q: q.trim() } : {}), skip });
    return { items: r.users, hasMore: r.hasMore, nextSkip: skip + r.users.length };
  });
  const { reload } = pages;
  const users = pages.list?.items.map((u) => changed[u.id] ?? u) ?? null;
  const more = !!pages.list?.hasMore;
  const loading = !!pages.loading;
  const error = pages.error;

  useEffect(() => {
    void reload();
  }, [reload]);

  const search = () => void reload();
  const replace = (u: User) => setChanged((c) => ({ ...c, [u.id]: u }));

  return (
    <Page>
      {feedback.node}
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <View className='gz-card'>
        <TextInput id='q' label={t.search} placeholder={t.searchPlaceholder} hint={t.searchHint} value={q} onChange={setQ} maxLength={20} />
        <Btn kind='primary' size='main' block busy={loading} onClick={search}>
          {t.searchButton}
        </Btn>
      </View>
      {loading && !users && <Loading />}
      {error && <Failed error={error} onRetry={() => void (users ? pages.more() : reload())} />}
      {users && users.length === 0 && <Empty title={t.empty} />}
      {users?.map((u) => <UserCard key={u.id} user={u} onChange={replace} onDone={feedback.done} />)}
      {users && more && (
        <Btn kind='secondary' block busy={loading} onClick={() => void pages.more()}>
          {t.more}
        </Btn>
      )}
    </Page>
  );
}
