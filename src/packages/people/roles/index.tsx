// 角色授权 (admin): find a person, grant or withdraw a role. 业主/住户 come from approved claims,
// so they are shown but not toggled here.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { handleSignedOut } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { call, isApiError, ApiError, type Output } from '../../../services/api';
import { ROLE_LABELS, type Role } from '../../../domain/roles';
import { rolesPage as t } from '../../../copy/people';
import { TextInput } from '../../../components/Field';
import { useFeedback } from '../components/feedback';

type User = Output<'users.list'>['users'][number];
const GRANTABLE: Role[] = ['committee', 'staff', 'manager', 'community', 'admin'];
const DERIVED: Role[] = ['owner', 'resident'];

function UserCard({ user, onChange, onDone }: { user: User; onChange: (u: User) => void; onDone: (text: string) => void }) {
  const [busy, setBusy] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (role: Role) => {
    if (busy) return;
    const grant = !user.roles.includes(role);
    setBusy(role);
    setError(null);
    try {
      const r = await call('roles.grant', { userId: user.id, role, grant });
      onChange({ ...user, roles: r.user.roles });
      onDone((grant ? t.granted : t.revoked)(user.name, ROLE_LABELS[role]));
    } catch (e) {
      if (!handleSignedOut(e)) setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(null);
    }
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
  const [users, setUsers] = useState<User[] | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const feedback = useFeedback();

  const load = useCallback(async (query: string, skip: number) => {
    setLoading(true);
    setError(null);
    try {
      const r = await call('users.list', { ...(query.trim() ? { q: query.trim() } : {}), skip });
      setUsers((prev) => (skip === 0 ? r.users : [...(prev ?? []), ...r.users]));
      setMore(r.hasMore);
    } catch (e) {
      if (!handleSignedOut(e)) setError(isApiError(e) ? e : new ApiError({ code: 'internal', message: String(e) }));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load('', 0);
  }, [load]);

  const search = () => void load(q, 0);
  const replace = (u: User) => setUsers((list) => list?.map((x) => (x.id === u.id ? u : x)) ?? null);

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
      {error && <Failed error={error} onRetry={() => void load(q, users?.length ?? 0)} />}
      {users && users.length === 0 && <Empty title={t.empty} />}
      {users?.map((u) => <UserCard key={u.id} user={u} onChange={replace} onDone={feedback.done} />)}
      {users && more && (
        <Btn kind='secondary' block busy={loading} onClick={() => void load(q, users.length)}>
          {t.more}
        </Btn>
      )}
    </Page>
  );
}
