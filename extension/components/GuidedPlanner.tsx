import { useState } from 'preact/hooks';
import type { GuidedSessionPlan, LessonAnalysis } from '../../shared/lesson/types';
import { guidedSessionFor } from '../lib/analysis';
import { guidedSessionText } from '../lib/copy-text';
import { CopyButton } from './CopyButton';
import { SessionStages } from './SessionStages';

const MINUTES = [15, 16, 17, 18, 19, 20];

/** "Plan a guided group": pick an objective, a focus and 15-20 minutes (the guidance's range). */
export function GuidedPlanner({
  analysis,
  defaultMinutes,
}: {
  analysis: LessonAnalysis;
  defaultMinutes: number;
}) {
  const objectives = [
    ...new Set([
      ...analysis.plan.objectives.map((item) => item.text),
      ...analysis.questions.map((q) => q.objective),
    ]),
  ];
  const [objective, setObjective] = useState(objectives[0] ?? '');
  const [focus, setFocus] = useState('');
  const [minutes, setMinutes] = useState(defaultMinutes);
  const [session, setSession] = useState<GuidedSessionPlan | null>(null);
  const [needsObjective, setNeedsObjective] = useState(false);

  return (
    <div class="guided">
      <form
        class="guided-form"
        onSubmit={(event) => {
          event.preventDefault();
          const planned = guidedSessionFor(analysis, { objective, focus, minutes });
          setSession(planned);
          setNeedsObjective(planned === null);
        }}
      >
        <label for="guided-objective">Objective</label>
        {objectives.length > 0 ? (
          <select
            id="guided-objective"
            value={objective}
            onChange={(event) => setObjective(event.currentTarget.value)}
          >
            {objectives.map((text) => (
              <option key={text} value={text}>
                {text}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="guided-objective"
            type="text"
            value={objective}
            placeholder="e.g. compare fractions with different denominators"
            onInput={(event) => setObjective(event.currentTarget.value)}
          />
        )}
        <label for="guided-focus">Group focus (what these pupils share)</label>
        <input
          id="guided-focus"
          type="text"
          value={focus}
          placeholder="e.g. finding common denominators"
          onInput={(event) => setFocus(event.currentTarget.value)}
        />
        <label for="guided-minutes">Minutes</label>
        <select
          id="guided-minutes"
          value={String(minutes)}
          onChange={(event) => setMinutes(Number(event.currentTarget.value))}
        >
          {MINUTES.map((value) => (
            <option key={value} value={String(value)}>
              {value} minutes
            </option>
          ))}
        </select>
        <button type="submit" class="primary">
          Plan the session
        </button>
        {needsObjective && (
          <p class="field-error" role="alert">
            Type the objective this group is working towards, then press "Plan the session".
          </p>
        )}
      </form>
      {session && (
        <div class="guided-plan" aria-live="polite">
          <div class="row">
            <h3>
              Guided group: {session.groupSize} pupils, {session.minutes} minutes
            </h3>
            <CopyButton text={guidedSessionText(session)} label="guided-group plan" />
          </div>
          <p class="muted">
            {session.objective}
            {session.focus ? ` (focus: ${session.focus})` : ''}
          </p>
          {session.task && (
            <p>
              <strong>Task from the plan:</strong> {session.task.text}
            </p>
          )}
          <SessionStages stages={session.stages} />
          <p>
            <strong>Rest of the class:</strong> {session.restOfClass}
          </p>
        </div>
      )}
    </div>
  );
}
