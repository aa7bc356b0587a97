import type { SessionStage } from '../../shared/lesson/types';

/** The timed stages of a guided or intervention session, in order. */
export function SessionStages({ stages }: { stages: SessionStage[] }) {
  return (
    <ol class="stages">
      {stages.map((stage) => (
        <li key={stage.stage}>
          <strong>
            {stage.stage} ({stage.minutes} min)
          </strong>
          : {stage.what}
        </li>
      ))}
    </ol>
  );
}
