/**
 * A typed wrapper of google.script.run: the sidebar calls the server's entry functions by
 * name and gets a promise of their result, with the types of the functions themselves.
 */
type Server = typeof import('../server/main');
type SidebarCalls = Pick<
  Server,
  | 'analyseActiveSheet'
  | 'getSelfReview'
  | 'getSettings'
  | 'openSelfReviewGrid'
  | 'saveSettings'
  | 'selectCell'
  | 'writeSelfReviewSummary'
>;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } };

export function callServer<Name extends keyof SidebarCalls>(
  name: Name,
  ...args: Parameters<SidebarCalls[Name]>
): Promise<ReturnType<SidebarCalls[Name]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarCalls[Name]>))
      .withFailureHandler(reject) as unknown as Record<Name, (...callArgs: unknown[]) => void>;
    runner[name](...args);
  });
}
