/**
 * Typed authoring: `defineRaamovereenkomst`, `defineJaarschijf` and
 * `defineMonitor` are identity functions whose types make a reference to a
 * kaderafspraak, party or agreement that does not exist a TypeScript error in
 * the editor. The same mistakes in a file
 * loaded at run time are caught by the zod schemas and sources/references.ts.
 *
 * Loaded sources never run this module: the sandbox gives them its own
 * `jaarschijf` module with the same functions (src/sources/sandboxWorker.ts).
 * It is what `import { defineJaarschijf } from 'jaarschijf'` gives a program
 * that uses the package directly.
 */
import type { MonitorStatus, NieuwbouwPhase } from './monitorSchema.js';
import type { AfspraakColumn, PartyKind, TrekkerGroup } from './schema.js';

export interface PartyInput {
  readonly name: string;
  /** How the party is named in a sentence or a signature line ("Uwoon"). */
  readonly shortName: string;
  /** A kind every document knows, or one declared in `partyKinds`. */
  readonly kind: PartyKind | (string & {});
  /** SVG or PNG file, relative to the source; a party may have none. */
  readonly logo?: string;
}

/** A named group of parties ("de Federatie"), usable as trekker; with `signing`, named so in the signing sentence. */
export interface GroupInput<P extends string = string> {
  readonly name: string;
  readonly members: readonly P[];
  readonly signing?: boolean;
}

/** What parties a document has, and how they are grouped: in a raamovereenkomst, or in a jaarschijf without one. */
export interface PartiesInput {
  readonly parties: Readonly<Record<string, PartyInput>>;
  /** Kinds of party of this document's own, with their Dutch names. */
  readonly partyKinds?: Readonly<Record<string, { readonly label: string; readonly plural: string }>>;
  readonly groups?: Readonly<Record<string, GroupInput>>;
  /** Kinds of agreement by id, with the label a list groups them under ("Resultaatafspraak"). */
  readonly kinds?: Readonly<Record<string, string>>;
}

export interface DoelstellingInput {
  readonly text: string;
  /** Kaderafspraken by id: id -> text (Markdown). */
  readonly kaderafspraken: Readonly<Record<string, string>>;
}

export interface RaamovereenkomstInput extends PartiesInput {
  readonly id: string;
  readonly title: string;
  readonly gemeente: string;
  readonly period: { readonly from: number; readonly to: number };
  readonly themes: Readonly<Record<string, { readonly title: string; readonly doelstellingen: Readonly<Record<string, DoelstellingInput>> }>>;
}

export type ThemeId<R extends RaamovereenkomstInput> = keyof R['themes'] & string;
export type PartyId<R extends RaamovereenkomstInput> = keyof R['parties'] & string;

/** The kaderafspraak ids of one theme (or of several, given a union). */
export type KaderId<R extends RaamovereenkomstInput, T extends ThemeId<R> = ThemeId<R>> = T extends unknown
  ? {
      [D in keyof R['themes'][T]['doelstellingen']]: keyof R['themes'][T]['doelstellingen'][D]['kaderafspraken'] & string;
    }[keyof R['themes'][T]['doelstellingen']]
  : never;

/** A trekker is a party, all parties of a kind ("woningcorporaties"), or a named group. */
export type TrekkerId<R extends PartiesInput> = (keyof R['parties'] & string) | TrekkerGroup | (keyof NonNullable<R['groups']> & string);

/** The kinds of agreement a document declares. */
export type KindId<R extends PartiesInput> = keyof NonNullable<R['kinds']> & string;

export interface JaarafspraakInput<K extends string, P extends string> {
  readonly id: string;
  /** The kaderafspraak this agreement serves; none for agreements outside the raamovereenkomst. */
  readonly kader?: K | null;
  /** The agreement (Markdown). */
  readonly text: string;
  readonly trekker?: readonly P[];
  /** When it is done: "Q1 2024", "december 2024", "Doorlopend", ... */
  readonly gereed?: string;
  readonly toelichting?: string;
  /** Its kind ("resultaat", "proces"): the label a list groups it under. */
  readonly kind?: string;
  /** What it costs or what is set aside for it ("€ 50.000"). */
  readonly budget?: string;
  /** What a writer still has to do with this agreement; delete it when done. While any remain, the jaarschijf is CONCEPT. */
  readonly review?: Review;
}

/** One review mark, or several. */
export type Review = string | readonly string[];

/** An empty table row under a kaderafspraak, where a signed document has one. */
export interface EmptyRowInput<K extends string> {
  readonly kader: K;
  readonly emptyRow: true;
}

export interface KaderThemeInput<R extends RaamovereenkomstInput, T extends ThemeId<R>> {
  readonly layout?: 'kaderafspraken';
  readonly intro?: string;
  readonly review?: Review;
  readonly afspraken: readonly (
    | (JaarafspraakInput<KaderId<R, T>, TrekkerId<R>> & { readonly kader: KaderId<R, T> })
    | EmptyRowInput<KaderId<R, T>>
  )[];
}

/**
 * A theme shown otherwise than as the four columns: 'afspraken' (Afspraak |
 * Toelichting | Trekker | Gereed), 'tabel' (the columns you name), 'lijst'
 * (bullets grouped by kind). Its title is needed when the raamovereenkomst
 * has no theme of that id.
 */
export interface AfsprakenThemeInput<K extends string, P extends string> {
  readonly layout: 'afspraken' | 'lijst';
  readonly title?: string;
  readonly intro?: string;
  readonly review?: Review;
  readonly afspraken: readonly JaarafspraakInput<K, P>[];
}

export interface TableThemeInput<K extends string, P extends string> {
  readonly layout: 'tabel';
  readonly columns: readonly (AfspraakColumn | { readonly field: AfspraakColumn; readonly header: string })[];
  readonly title?: string;
  readonly intro?: string;
  readonly review?: Review;
  readonly afspraken: readonly JaarafspraakInput<K, P>[];
}

export type OwnThemeInput<K extends string, P extends string> = AfsprakenThemeInput<K, P> | TableThemeInput<K, P>;

/** A chapter or section of the document (to three levels): its text, and the theme or indicators shown in it. */
export interface ChapterInput {
  readonly title: string;
  readonly id?: string;
  readonly text?: string;
  readonly theme?: string;
  readonly indicators?: true | readonly string[];
  readonly sections?: readonly ChapterInput[];
  readonly review?: Review;
}

/** A prestatie-indicator: baseline, streefwaarde per year ("2025": 40), realised values. */
export interface IndicatorInput {
  readonly title: string;
  readonly unit?: string;
  readonly baseline?: { readonly year: number; readonly value: number | string };
  readonly targets: Readonly<Record<string, number | string>>;
  readonly realised?: Readonly<Record<string, number | string>>;
  readonly note?: string;
}

export interface AnnexInput {
  readonly id: string;
  readonly title: string;
  readonly text?: string;
  readonly table?: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };
  readonly indicators?: true | readonly string[];
}

/** What every jaarschijf may have, with or without a raamovereenkomst. */
interface JaarschijfFields<P extends string> {
  readonly year: number;
  /** The previous year's source, relative to this file ("./2023.ts"). */
  readonly previous?: string;
  readonly title?: string;
  /** Under the title on the cover. */
  readonly subtitle?: string;
  /** The document's date ('JJJJ-MM-DD'), on the cover; without it the signing date, or 1 December of the year before. */
  readonly date?: string;
  readonly introduction?: string;
  /** What a writer still has to do before the parties can sign; while any remain, the jaarschijf is CONCEPT. */
  readonly review?: Review;
  /** A cover page, a page introducing the parties, a table of contents. */
  readonly front?: { readonly cover?: boolean; readonly parties?: boolean; readonly contents?: boolean };
  /** Chapters and sections; without them the document is the introduction and a chapter per theme. */
  readonly chapters?: readonly ChapterInput[];
  readonly kinds?: Readonly<Record<string, string>>;
  readonly indicators?: Readonly<Record<string, IndicatorInput>>;
  readonly annexes?: readonly AnnexInput[];
  readonly annexesAfter?: 'signing' | 'agreements';
  /** Without a signing block the jaarschijf is a draft ("CONCEPT"). */
  readonly signing?: {
    readonly place: string;
    /** YYYY-MM-DD */
    readonly date: string;
    readonly signatories: readonly { readonly name: string; readonly role: string; readonly party: P }[];
  };
  readonly page?: {
    readonly orientation?: 'landscape' | 'portrait';
    readonly margins?: { readonly top?: number; readonly right?: number; readonly bottom?: number; readonly left?: number };
  };
}

/** A jaarschijf that stands on its own: it names its gemeente and parties, and its themes hold the agreements. */
export interface StandaloneJaarschijfInput<J extends PartiesInput = PartiesInput> extends JaarschijfFields<keyof J['parties'] & string>, PartiesInput {
  readonly gemeente: string;
  readonly themes: Readonly<Record<string, OwnThemeInput<never, TrekkerId<J>>>>;
}

/**
 * A theme's type chosen by its layout: one named ('afspraken', 'tabel',
 * 'lijst') is shown otherwise; without one, a theme of the raamovereenkomst
 * is the four columns. Choosing, rather than offering both, lets the editor
 * underline the very kaderafspraak that does not exist.
 */
type ThemeInputFor<R extends RaamovereenkomstInput, T extends string, V> = V extends { readonly layout: 'afspraken' | 'lijst' | 'tabel' }
  ? OwnThemeInput<KaderId<R>, TrekkerId<R>>
  : T extends ThemeId<R>
    ? KaderThemeInput<R, T>
    : KaderThemeInput<R, ThemeId<R>> | OwnThemeInput<KaderId<R>, TrekkerId<R>>;

/** @typeParam J the jaarschijf as written, whose themes' layouts pick their types */
export interface JaarschijfInput<R extends RaamovereenkomstInput, J = unknown> extends JaarschijfFields<PartyId<R>> {
  readonly themes: J extends { readonly themes: infer Themes }
    ? { readonly [T in keyof Themes & string]: ThemeInputFor<R, T, Themes[T]> }
    : { readonly [T in ThemeId<R>]?: KaderThemeInput<R, T> | OwnThemeInput<KaderId<R>, TrekkerId<R>> } & {
        readonly [theme: string]: KaderThemeInput<R, ThemeId<R>> | OwnThemeInput<KaderId<R>, TrekkerId<R>>;
      };
}

/** A jaarschijf as `defineJaarschijf` returns it: the literal ids kept, so a monitor can name its agreements. */
export type DefinedJaarschijf<R extends RaamovereenkomstInput = RaamovereenkomstInput, J extends JaarschijfInput<R, J> = JaarschijfInput<R>> = J & {
  readonly raamovereenkomst: R;
};

/**
 * Where a defined object came from: the sandbox's define helpers record the
 * file that called them, so relative paths (logos, previous) resolve against
 * the file that wrote them.
 */
export const originKey = Symbol.for('jaarschijf.origin');
export interface Origin {
  kind: 'raamovereenkomst' | 'jaarschijf' | 'monitor';
  file: string | undefined;
}

function mark<T extends object>(value: T, kind: Origin['kind']): T {
  const origin: Origin = { kind, file: undefined };
  Object.defineProperty(value, originKey, { value: origin, enumerable: false });
  return value;
}

export function defineRaamovereenkomst<const R extends RaamovereenkomstInput>(raamovereenkomst: R): R {
  return mark({ ...raamovereenkomst }, 'raamovereenkomst');
}

/** A jaarschijf under a raamovereenkomst, or (one argument) one that stands on its own. */
export function defineJaarschijf<const R extends RaamovereenkomstInput, const J extends JaarschijfInput<R, J>>(raamovereenkomst: R, jaarschijf: J): DefinedJaarschijf<R, J>;
export function defineJaarschijf<const J extends StandaloneJaarschijfInput<J>>(jaarschijf: J): J;
export function defineJaarschijf(first: object, second?: object): object {
  return mark(second === undefined ? { ...first } : { ...second, raamovereenkomst: first }, 'jaarschijf');
}

/** What a monitor needs of a defined jaarschijf: its raamovereenkomst and its themes with their agreements. */
export interface JaarschijfLike {
  readonly raamovereenkomst: RaamovereenkomstInput;
  readonly themes: object;
}

/** The ids of a jaarschijf's agreements (`'bes-01' | 'bes-02' | ...`). */
export type AfspraakId<J extends JaarschijfLike> = {
  [T in keyof J['themes']]: J['themes'][T] extends { readonly afspraken: readonly (infer A)[] } ? (A extends { readonly id: infer I extends string } ? I : never) : never;
}[keyof J['themes']];

/** The party ids of the woningcorporaties of a raamovereenkomst. */
export type CorporationId<R extends RaamovereenkomstInput> = {
  [P in keyof R['parties']]: R['parties'][P]['kind'] extends 'woningcorporatie' ? P : never;
}[keyof R['parties']] &
  string;

export type { MonitorStatus, NieuwbouwPhase };

/** An agreement's status in one overleg: the word alone, or with what the parties said about it (Markdown). */
export type MonitorEntryInput = MonitorStatus | { readonly status: MonitorStatus; readonly toelichting?: string };

/** One bestuurlijk overleg and the status it gave each agreement. */
export interface MonitorRoundInput<A extends string> {
  /** "Bestuurlijk overleg najaar 2024". */
  readonly name: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly statuses: { readonly [id in A]?: MonitorEntryInput };
}

export interface NieuwbouwProjectInput<C extends string> {
  readonly name: string;
  readonly corporation: C;
  /** Social rental homes the project adds. */
  readonly homes: number;
  readonly phase: NieuwbouwPhase;
  /** Year of completion: the actual one once opgeleverd, else the expected one. */
  readonly year: number;
  readonly toelichting?: string;
}

/** The nieuwbouwmonitor: the target band and the split as the productieafspraken state them, and the projects. */
export interface NieuwbouwInput<A extends string, C extends string> {
  readonly target: {
    /** Homes count from the start of this year... */
    readonly from: number;
    /** ...to the end of this one. */
    readonly to: number;
    readonly min: number;
    readonly max: number;
    /** The agreement that sets the target ("pro-03"). */
    readonly afspraak?: A;
  };
  readonly split: {
    /** Per woningcorporatie its share, in percent; together 100. */
    readonly shares: { readonly [corporation in C]?: number };
    /** The agreement that sets the split ("pro-02"). */
    readonly afspraak?: A;
  };
  readonly projects: readonly NieuwbouwProjectInput<C>[];
}

export interface MonitorInput<J extends JaarschijfLike> {
  readonly title?: string;
  /** The statuses are made up, to show how the monitor works: every page of its documents says "VOORBEELD". */
  readonly illustration?: boolean;
  /** The bestuurlijk overleggen, oldest first. */
  readonly rounds: readonly MonitorRoundInput<AfspraakId<J>>[];
  readonly nieuwbouw?: NieuwbouwInput<AfspraakId<J>, CorporationId<J['raamovereenkomst']>>;
}

/**
 * The voortgangsmonitor of a jaarschijf: per bestuurlijk overleg the status
 * of each agreement, and the nieuwbouwmonitor. An agreement id that the
 * jaarschijf does not have is a TypeScript error.
 */
export function defineMonitor<const J extends JaarschijfLike>(jaarschijf: J, monitor: MonitorInput<J>): MonitorInput<J> & { readonly jaarschijf: J } {
  return mark({ ...monitor, jaarschijf }, 'monitor');
}

export function originOf(value: unknown): Origin | undefined {
  return value && typeof value === 'object' ? (value as Record<symbol, Origin | undefined>)[originKey] : undefined;
}
