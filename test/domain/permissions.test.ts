// The permissions modules' predicates: roles belong to a compound or to the organisation around
// it, and the rules read as one line each.
import { orgRolesIn, mayCompareCompounds, ROLE_SCOPE, mayCreateCompoundIn, communitiesFor, maySetUpCompounds } from '../../src/domain/permissions/tenancy';
import { mayAssignIssue, mayReportOnBehalf, isStaffSide } from '../../src/domain/permissions/issues';
import { maySeeTask, isAssignable } from '../../src/domain/permissions/tasks';
import { mayApproveMinutes, partyOf } from '../../src/domain/permissions/governance';
import { ROLES } from '../../src/domain/roles';

const qiaoya = { propertyCompanyId: 'company:huayu', communityId: 'community:xuguang', streetId: 'street:yangluo' };
const yangguang = { propertyCompanyId: null, communityId: 'community:xuguang', streetId: 'street:yangluo' };
const other = { propertyCompanyId: 'company:other', communityId: 'community:other', streetId: 'street:other' };

describe('organisation roles per compound', () => {
  const held = [
    { role: 'manager' as const, orgId: 'company:huayu' },
    { role: 'community' as const, orgId: 'community:xuguang' },
    { role: 'street' as const, orgId: 'street:yangluo' },
  ];
  it('gives a company’s manager the role only in the compounds it serves', () => {
    expect(orgRolesIn(held, qiaoya)).toEqual(['manager', 'community', 'street']);
    expect(orgRolesIn(held, yangguang)).toEqual(['community', 'street']);
    expect(orgRolesIn(held, other)).toEqual([]);
  });
  it('gives the admin the deployment everywhere', () => {
    expect(orgRolesIn([], other, true)).toEqual(['admin']);
  });
  it('places every role in exactly one scope', () => {
    expect(Object.keys(ROLE_SCOPE).sort()).toEqual([...ROLES].sort());
  });
  it('lets the community, the street and the admin compare compounds, nobody else', () => {
    for (const role of ROLES) expect([role, mayCompareCompounds({ roles: [role] })]).toEqual([role, ['community', 'street', 'admin'].includes(role)]);
  });
});

describe('area predicates', () => {
  it('lets only the manager assign, and only while the issue is being dealt with', () => {
    expect(mayAssignIssue({ roles: ['manager'] }, { status: 'accepted' })).toBe(true);
    expect(mayAssignIssue({ roles: ['manager'] }, { status: 'closed' })).toBe(false);
    expect(mayAssignIssue({ roles: ['committee'] }, { status: 'accepted' })).toBe(false);
  });
  it('keeps the street read-only: it reports for nobody, is no staff, sits at no table', () => {
    const street = { userId: 'user:s', roles: ['street'] };
    expect([mayReportOnBehalf(street), isStaffSide(street), isAssignable(street), partyOf(street.roles as never)]).toEqual([false, false, false, null]);
  });
  it('shows a task to its assignee and the manager only', () => {
    expect(maySeeTask({ userId: 'user:a', roles: ['staff'] }, { assigneeId: 'user:a' })).toBe(true);
    expect(maySeeTask({ userId: 'user:b', roles: ['staff'] }, { assigneeId: 'user:a' })).toBe(false);
    expect(maySeeTask({ userId: 'user:m', roles: ['manager'] }, { assigneeId: 'user:a' })).toBe(true);
  });
  it('lets the convener or the community approve minutes, if present', () => {
    expect(mayApproveMinutes({ userId: 'user:c', roles: ['committee'] }, { convenerId: 'user:c' }, true)).toBe(true);
    expect(mayApproveMinutes({ userId: 'user:c', roles: ['committee'] }, { convenerId: 'user:c' }, false)).toBe(false);
    expect(mayApproveMinutes({ userId: 'user:x', roles: ['community'] }, { convenerId: 'user:c' }, true)).toBe(true);
  });
});

describe('setting up compounds', () => {
  const held = [{ role: 'community' as const, orgId: 'community:xuguang' }];
  it('lets the community open compounds in its own community only, the admin anywhere', () => {
    expect(mayCreateCompoundIn({ roles: ['community'] }, held, 'community:xuguang')).toBe(true);
    expect(mayCreateCompoundIn({ roles: ['community'] }, held, 'community:other')).toBe(false);
    // Holding the role for the community is not enough without the role in the current compound.
    expect(mayCreateCompoundIn({ roles: [] }, held, 'community:xuguang')).toBe(false);
    expect(mayCreateCompoundIn({ roles: ['admin'] }, [], 'community:other')).toBe(true);
    expect(mayCreateCompoundIn({ roles: [] }, [], 'community:other', true)).toBe(true);
    expect(mayCreateCompoundIn({ roles: ['street', 'manager', 'committee'] }, [{ role: 'street', orgId: 'street:yangluo' }], 'community:xuguang')).toBe(false);
  });
  it('lists the communities each may choose from', () => {
    const all = [{ _id: 'community:other' }, { _id: 'community:xuguang' }];
    expect(communitiesFor({ roles: ['community'] }, held, all).map((c) => c._id)).toEqual(['community:xuguang']);
    expect(communitiesFor({ roles: ['admin'] }, [], all).map((c) => c._id)).toEqual(['community:other', 'community:xuguang']);
  });
  it('shows 开通小区 and 小区设置 to the admin and the community only', () => {
    for (const role of ROLES) expect([role, maySetUpCompounds({ roles: [role] })]).toEqual([role, role === 'admin' || role === 'community']);
  });
});
