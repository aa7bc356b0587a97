import type { ComponentChildren } from 'preact';
import type { LessonAnalysis, QuestionLadder, WhatToAdd } from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';
import type { QuoteShown } from '../browser/highlight';
import { readsAsPlan } from '../lib/analysis';
import {
  findingQuote,
  hingeText,
  interventionSessionText,
  ladderText,
  levelName,
  listText,
  promptsText,
} from '../lib/copy-text';
import { planReading, readsComplete } from '../lib/plan-reading';
import { CopyButton } from './CopyButton';
import { GuidedPlanner } from './GuidedPlanner';
import { PromptCard } from './PromptCard';
import { SessionStages } from './SessionStages';

function Section({
  id,
  title,
  copy,
  children,
}: {
  id: string;
  title: string;
  copy?: { text: string; label: string };
  children: ComponentChildren;
}) {
  return (
    <section class="section" aria-labelledby={id}>
      <div class="row">
        <h2 id={id}>{title}</h2>
        {copy && <CopyButton text={copy.text} label={copy.label} />}
      </div>
      {children}
    </section>
  );
}

/** Where the plan lacks what a generator needs, what to add (said instead of a template). */
function ToAdd({ entries, what }: { entries: readonly WhatToAdd[]; what: WhatToAdd['for'] }) {
  const shown = entries.filter((entry) => entry.for === what);
  if (shown.length === 0) return null;
  return (
    <ul class="plain-list to-add">
      {shown.map((entry) => (
        <li key={entry.message}>
          {entry.message}
          {entry.line === undefined ? '' : ` (line ${entry.line})`}
        </li>
      ))}
    </ul>
  );
}

function Ladder({ ladder }: { ladder: QuestionLadder }) {
  return (
    <div class="ladder">
      <div class="row">
        <h3>{ladder.objective}</h3>
        <CopyButton text={ladderText(ladder)} label={`questions for ${ladder.objective}`} />
      </div>
      <ol class="steps">
        {ladder.ladder.map((step) => (
          <li key={step.level}>
            <span class={`level level-${step.level}`}>{levelName(step.level)}</span> {step.question}
          </li>
        ))}
      </ol>
      {ladder.toAdd && <p class="muted">{ladder.toAdd}</p>}
    </div>
  );
}

/** What Trajectory took the document for: its kind, its parts or lessons, and what limits the check. */
function Reading({ analysis, clipped }: { analysis: LessonAnalysis; clipped: boolean }) {
  const reading = planReading(analysis, clipped);
  const List = reading.numbered ? 'ol' : 'ul';
  return (
    <section class="reading" aria-label="How Trajectory read it">
      <p class="reading-line">{reading.line}</p>
      {reading.notes.map((note) => (
        <p class="reading-note" key={note}>
          {note}
        </p>
      ))}
      {reading.parts.length > 0 && (
        <details class="reading-parts">
          <summary>{reading.partsLabel}</summary>
          <List>
            {reading.parts.map((part, index) => (
              <li key={`${index}:${part}`}>{part}</li>
            ))}
          </List>
        </details>
      )}
    </section>
  );
}

/**
 * A document that is not a plan (meeting notes, a worksheet for pupils): one honest line and no
 * count, since meeting notes are not "missing" anything, and none of the lesson's question
 * generators, which would be built on nothing. Ladders only if it states an objective.
 */
function NotAPlan({ recognised, ladders }: { recognised: readonly Finding[]; ladders: QuestionLadder[] }) {
  return (
    <>
      <Section id="missing" title="Not read as a lesson plan">
        {recognised.length > 0 ? (
          recognised.map((finding) => (
            <p class="muted" key={`${finding.rule}:${finding.messageId}`}>
              {finding.message}
            </p>
          ))
        ) : (
          <p class="muted">
            This does not read as a lesson plan, so there is nothing to check: Trajectory looks for a learning
            objective and lesson parts such as a starter, main activity or plenary.
          </p>
        )}
      </Section>
      {ladders.length > 0 && (
        <Section id="ladders" title="Question ladder">
          {ladders.map((ladder) => (
            <Ladder key={ladder.objective} ladder={ladder} />
          ))}
        </Section>
      )}
    </>
  );
}

/**
 * Everything the engine found for one plan, in the order a teacher would act on it: the
 * prompts in the engine's ranking (most important first), then what to teach with (ladders,
 * talk, hinge and plenary questions, the guided group), and the strengths folded at the end.
 */
export function PlanReport({
  analysis,
  ladders,
  guidedMinutes,
  fromSelection,
  clipped,
  showQuote,
}: {
  analysis: LessonAnalysis;
  ladders: QuestionLadder[];
  guidedMinutes: number;
  /** A selection is often one objective, not a plan: "nothing missing" would overclaim. */
  fromSelection: boolean;
  /** Whether only the start of a long page or Doc was read. */
  clipped: boolean;
  /** Shows a prompt's words in the page, where the page can (not on Docs). */
  showQuote?: (quote: string) => Promise<QuoteShown>;
}) {
  const { plan, prompts, strengths } = analysis;
  const isPlan = readsAsPlan(plan);
  // What the document is: the reader's one line, not the lesson prompts a plan would get.
  const recognised = prompts.filter((finding) => finding.rule === 'lesson/plan-recognised');
  if (!isPlan && !fromSelection) return <NotAPlan recognised={recognised} ladders={ladders} />;
  // A scheme says what it is in the reading above; its list holds what is left.
  const scheme = plan.kind === 'scheme';
  const listed = scheme ? prompts.filter((finding) => finding.rule !== 'lesson/plan-recognised') : prompts;
  return (
    <>
      {!fromSelection && <Reading analysis={analysis} clipped={clipped} />}
      {fromSelection && (prompts.length === 0 || !isPlan) ? (
        <Section id="missing" title="A selection, not a whole plan">
          <p class="muted">
            The selection does not read as a whole plan, so there is nothing to check it against. The question
            ladder below is built from it; press "Read whole page" to check the full plan.
          </p>
        </Section>
      ) : scheme && listed.length === 0 ? null : (
        <Section
          id="missing"
          title={`What this ${scheme ? 'scheme' : 'plan'} might be missing (${listed.length})`}
          copy={listed.length > 0 ? { text: promptsText(plan, listed), label: 'all prompts' } : undefined}
        >
          {listed.length === 0 ? (
            <p class="muted">
              {readsComplete(plan)
                ? 'Nothing obvious is missing for the checks you have switched on.'
                : 'No prompts from the checks you have switched on, but the plan does not yet show all of objectives, timed episodes and an ending: switch more checks on in the settings to see what it needs.'}
            </p>
          ) : (
            <ul class="prompts">
              {listed.map((finding, index) => (
                <PromptCard
                  key={`${finding.rule}:${finding.messageId}:${finding.where?.kind === 'plan' ? finding.where.line : ''}`}
                  finding={finding}
                  plan={plan}
                  index={index}
                  showQuote={showQuote}
                />
              ))}
            </ul>
          )}
        </Section>
      )}

      <Section id="ladders" title="Question ladder">
        {analysis.questionReview && <p>{analysis.questionReview}</p>}
        <ToAdd entries={analysis.toAdd} what="questions" />
        {ladders.length === 0
          ? // Where the plan has objectives, what to add for their ladders is said above: no claim they are missing.
            !analysis.toAdd.some((entry) => entry.for === 'questions') && (
              <p class="muted">
                {plan.objectives.length === 0
                  ? 'No objectives found. Write a learning objective in the plan (or select one) to get questions from inclusive to challenging.'
                  : 'No ladder yet: write the questions you will ask about each objective, from one everyone can answer to one that asks pupils to judge, and they will be laddered here.'}
              </p>
            )
          : ladders.map((ladder) => <Ladder key={ladder.objective} ladder={ladder} />)}
      </Section>

      {analysis.talkPrompts.length > 0 && (
        <Section
          id="talk"
          title="Talk prompts"
          copy={{ text: listText('Talk prompts', analysis.talkPrompts), label: 'talk prompts' }}
        >
          <ul class="plain-list">
            {analysis.talkPrompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </Section>
      )}

      {(analysis.hingeQuestions.length > 0 || analysis.toAdd.some((entry) => entry.for === 'hinge')) && (
        <Section id="hinge" title="Hinge questions">
          <ToAdd entries={analysis.toAdd} what="hinge" />
          {analysis.hingeQuestions.map((hinge) => (
            <div class="hinge" key={hinge.question}>
              <div class="row">
                <p class="hinge-question">
                  {hinge.fromPlan ? <span class="tag from-plan">your plan's</span> : null}
                  {hinge.question}
                </p>
                <CopyButton text={hingeText(hinge)} label="hinge question" />
              </div>
              <ol class="hinge-options" type="A">
                {hinge.options.map((option) => (
                  <li key={option.answer}>
                    {option.answer}
                    {option.correct ? <span class="tag">correct</span> : null}
                    {!option.correct && option.reveals ? (
                      <span class="muted"> (reveals: {option.reveals})</span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </Section>
      )}

      {analysis.plenaryQuestions.length === 0 && <ToAdd entries={analysis.toAdd} what="plenary" />}
      {analysis.plenaryQuestions.length > 0 && (
        <Section
          id="plenary"
          title="Plenary questions"
          copy={{
            text: listText('Plenary questions', analysis.plenaryQuestions),
            label: 'plenary questions',
          }}
        >
          <ul class="plain-list">
            {analysis.plenaryQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </Section>
      )}

      {analysis.interventionSession && (
        <Section
          id="intervention"
          title="Intervention session"
          copy={{
            text: interventionSessionText(analysis.interventionSession),
            label: 'intervention session',
          }}
        >
          <p class="muted">{analysis.interventionSession.objective}</p>
          <SessionStages stages={analysis.interventionSession.stages} />
          <p>
            <strong>Back in class:</strong> {analysis.interventionSession.linkToClassroom}
          </p>
        </Section>
      )}

      <Section id="guided" title="Plan a guided group">
        <ToAdd entries={analysis.toAdd} what="guided" />
        <GuidedPlanner analysis={analysis} defaultMinutes={guidedMinutes} />
      </Section>

      {strengths.length > 0 && (
        <details class="section strengths-fold">
          <summary>
            <h2 id="strengths">Strengths ({strengths.length})</h2>
          </summary>
          <ul class="strengths">
            {strengths.map((finding) => (
              <li key={`${finding.rule}:${finding.messageId}`}>
                {finding.message}
                {findingQuote(plan, finding) && <q class="strength-quote">{findingQuote(plan, finding)}</q>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
