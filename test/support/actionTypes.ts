// The test helpers' view of the action table: what each action takes and answers, derived from
// server/app/actions.ts the same way the client derives it (src/services/api.ts). With these,
// `h.ok('issues.report', {...})` checks the input against the action's schema and gives the
// output its type, so a test that reads a field the action no longer answers fails in `tsc`.
import type { ActionName, Input, Output } from '../../src/services/api';

export type { ActionName, Input, Output };

/** The input argument: optional when the action's schema requires nothing, required otherwise. */
export type InputArg<N extends ActionName> = {} extends Input<N> ? [input?: Input<N>] : [input: Input<N>];

/**
 * A typed `ok(who, action, input)`: fails the test unless the call succeeded and returns its data.
 *
 * The second form is the helpers' old one, kept so tests written against it still compile: name
 * the result type yourself (`h.ok<Page>('committee', 'polls.paper.register', input)`). It only
 * applies when a type is given, so a mistyped input in the first form is still an error.
 */
export interface OkCall<Who> {
  <N extends ActionName>(who: Who, action: N, ...input: InputArg<N>): Promise<Output<N>>;
  /** @deprecated Untyped: prefer the typed form (no type argument), which checks the input too. */
  <T>(who: Who, action: unknown extends T ? never : string, input?: unknown): Promise<T>;
}

/** Same as OkCall, in a named compound first. */
export interface OkInCall<Who> {
  <N extends ActionName>(compound: string, who: Who, action: N, ...input: InputArg<N>): Promise<Output<N>>;
  /** @deprecated Untyped: prefer the typed form (no type argument), which checks the input too. */
  <T>(compound: string, who: Who, action: unknown extends T ? never : string, input?: unknown): Promise<T>;
}
