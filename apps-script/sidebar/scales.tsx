import { useState } from 'preact/hooks';
import type { CustomScale } from '../../shared/markbook/settings';

/**
 * The school's own grade scales as a form: a name, and either its grades (lowest first) or a
 * range of marks, with the progress expected in a year. What the form cannot show (grades
 * with their own points) is left as it is and edited in the JSON.
 */
export function ScalesEditor({
  scales,
  onChange,
}: {
  scales: CustomScale[];
  onChange: (scales: CustomScale[]) => void;
}) {
  const replace = (index: number, scale: CustomScale) =>
    onChange(scales.map((current, i) => (i === index ? scale : current)));
  const add = () => {
    const taken = new Set(scales.map((scale) => scale.id));
    let n = scales.length + 1;
    while (taken.has(`school-${n}`)) n++;
    onChange([...scales, { id: `school-${n}`, name: '', grades: [] }]);
  };
  return (
    <fieldset class="scales">
      <legend>Your school’s grade scales</legend>
      <p class="hint">
        Tried before the built-in scales (NC levels, GCSE 9-1, percentages…) when Trajectory reads a column.
      </p>
      {scales.map((scale, index) => (
        <ScaleFields
          key={scale.id}
          scale={scale}
          number={index + 1}
          onChange={(next) => replace(index, next)}
          onRemove={() => onChange(scales.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" class="secondary" onClick={add}>
        Add a school scale
      </button>
    </fieldset>
  );
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Grades as a teacher types them: one a line, or separated by commas. */
function gradesFrom(text: string): string[] {
  const grades: string[] = [];
  for (const line of text.split('\n')) {
    for (const part of line.split(',')) {
      const grade = part.trim();
      if (grade !== '') grades.push(grade);
    }
  }
  return grades;
}

/** Drops the keys whose value is unset, so the saved settings hold only what was given. */
function tidy(scale: CustomScale): CustomScale {
  const entries = Object.entries(scale).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries) as CustomScale;
}

function ScaleFields({
  scale,
  number,
  onChange,
  onRemove,
}: {
  scale: CustomScale;
  number: number;
  onChange: (scale: CustomScale) => void;
  onRemove: () => void;
}) {
  const [kind, setKind] = useState<'grades' | 'marks'>(scale.grades === undefined ? 'marks' : 'grades');
  // The text as typed, so a trailing comma or a new line is not tidied away while typing.
  const [gradesText, setGradesText] = useState((scale.grades ?? []).map(labelOf).join('\n'));
  const pointed = (scale.grades ?? []).some((grade) => typeof grade !== 'string');
  const id = `scale-${scale.id}`;
  const field = (key: 'min' | 'max' | 'step' | 'expectedPerYear', label: string, placeholder?: string) => (
    <label>
      {label}
      <input
        type="number"
        step="any"
        value={scale[key] ?? ''}
        placeholder={placeholder}
        onInput={(event) => onChange(tidy({ ...scale, [key]: numberOrUndefined(event.currentTarget.value) }))}
      />
    </label>
  );
  const choose = (next: 'grades' | 'marks') => {
    setKind(next);
    if (next === 'grades')
      onChange(tidy({ ...scale, min: undefined, max: undefined, grades: gradesFrom(gradesText) }));
    else onChange(tidy({ ...scale, grades: undefined }));
  };
  return (
    <fieldset class="scale">
      <legend>Scale {number}</legend>
      <label>
        Name
        <input
          type="text"
          value={scale.name}
          placeholder="e.g. Bronze to Platinum"
          onInput={(event) => onChange({ ...scale, name: event.currentTarget.value })}
        />
      </label>
      <div class="choice" role="radiogroup" aria-label={`Scale ${number} is`}>
        <label class="check">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'grades'}
            onChange={() => choose('grades')}
          />
          Named grades
        </label>
        <label class="check">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'marks'}
            onChange={() => choose('marks')}
          />
          A range of marks
        </label>
      </div>
      {kind === 'grades' ? (
        <label>
          Grades, lowest first (one a line, or with commas)
          <textarea
            rows={4}
            value={gradesText}
            readOnly={pointed}
            onInput={(event) => {
              setGradesText(event.currentTarget.value);
              onChange({ ...scale, grades: gradesFrom(event.currentTarget.value) });
            }}
          />
          {pointed && (
            <span class="hint">These grades have their own points: change them in the JSON below.</span>
          )}
        </label>
      ) : (
        <div class="pair">
          {field('min', 'Lowest mark')}
          {field('max', 'Highest mark')}
        </div>
      )}
      <div class="pair">
        {field('expectedPerYear', kind === 'grades' ? 'Grades gained a year' : 'Marks gained a year', '0')}
        {field('step', kind === 'grades' ? 'One step (grades)' : 'One step (marks)', '1')}
      </div>
      <p class="hint">A pupil within one step of expected is on trajectory.</p>
      <button type="button" class="secondary" onClick={onRemove}>
        Remove {scale.name === '' ? `scale ${number}` : `‘${scale.name}’`}
      </button>
    </fieldset>
  );
}

const labelOf = (grade: NonNullable<CustomScale['grades']>[number]) =>
  typeof grade === 'string' ? grade : grade.label;
