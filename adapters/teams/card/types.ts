/**
 * The slice of Adaptive Cards 1.5 this adapter writes. Only what the official schema allows
 * (it is strict: an unknown property fails validation), so no `msteams` extras.
 */

export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  id?: string;
  isVisible?: boolean;
  weight?: 'bolder' | 'lighter';
  size?: 'small' | 'medium' | 'large';
  color?: 'attention' | 'warning' | 'good' | 'accent';
  isSubtle?: boolean;
  style?: 'heading';
  spacing?: 'none' | 'small' | 'medium' | 'large';
  separator?: boolean;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  id?: string;
  isVisible?: boolean;
  spacing?: 'none' | 'small' | 'medium' | 'large';
  separator?: boolean;
}

export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: 'none' | 'small' | 'medium';
}

export type CardElement = TextBlock | Container | ActionSet | InputText;

/** What a button carries back: always an object (Teams drops a bare string into `text`). */
export interface SubmitData {
  policybot: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: SubmitData;
  style?: 'positive' | 'destructive';
  tooltip?: string;
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: Omit<AdaptiveCard, 'version' | '$schema'> & { type: 'AdaptiveCard' };
}

export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

export type CardAction = SubmitAction | ShowCardAction | ToggleVisibilityAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  fallbackText?: string;
  speak?: string;
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json' as const;

/** The attachment Bot Framework carries a card in. */
export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
}

export function asAttachment(card: AdaptiveCard): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

export function text(t: string, extra: Partial<Omit<TextBlock, 'type' | 'text' | 'wrap'>> = {}): TextBlock {
  return { type: 'TextBlock', text: t, wrap: true, ...extra };
}

export function card(body: CardElement[], actions: CardAction[] = [], fallbackText?: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    ...(fallbackText ? { fallbackText } : {}),
  };
}
