// The host reads an action call's path without the URL parser (a share of every read, bench
// foundation.api.read): for every path, the route it takes must be the pathname `new URL` gives.
import { routeOf } from '../../server/local/host';

it('routeOf gives the pathname new URL gives, for plain action paths and every other shape', () => {
  const paths = ['/api/compound.units', '/api/volunteers.activity.create', '/api/a_b-c', '/api/..', '/api/.', '/api/a/../b', '/api/%2e%2e', '/api/x?y=1', '/api/x#h', '/api/名字', '/api', '/api/', '/', '/index.html?x', '//evil/api/x', '/dev/sign-in', '/api/compound.units/'];
  for (const p of paths) expect([p, routeOf(p)]).toEqual([p, new URL(p, 'http://local').pathname]);
});
