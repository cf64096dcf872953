// The slips in Brazilian Portuguese, translated from ja.ts in the words of the Portuguese screens and
// mails (chave de usuário (利用者キー), senha temporária (ワンタイムパスワード), cartão da biblioteca
// (図書館カード)). Times say they are Japan time, as the Portuguese mails do.
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.pt.htmlLang,
  dateTime: (epochMs) => `${formatDateTime(epochMs, 'pt')} (horário do Japão)`,
  date: (epochMs) => formatDate(epochMs, 'pt'),
  issuedAt: 'Emitido em',
  reservation: {
    heading: 'Comprovante de reserva',
    number: 'Nº da reserva',
    event: 'Evento',
    venue: 'Local',
    when: 'Data e horário',
    dose: (n) => ` (${n}ª dose)`,
    guidance: 'Informações e o que levar',
    cancelHeading: 'Cancelamento',
    cancelRoute:
      'Em um terminal de atendimento, escolha “Reservas na prefeitura (市役所)”, entre com a chave de usuário (利用者キー) e uma senha temporária (ワンタイムパスワード) e toque em “Cancelar” em “Minhas reservas”.',
    cancelUntil: (when) => `Você pode cancelar até ${when}.`,
    cancelClosed: 'Esta reserva não pode ser cancelada no terminal. Procure o balcão de atendimento da prefeitura.',
    cancelKey: 'A chave de usuário foi enviada no e-mail da reserva. Se você não tem o e-mail, pergunte no balcão da prefeitura.',
    noSecrets: 'Este comprovante não traz a chave de usuário (利用者キー) nem senhas.',
  },
  library: {
    heading: 'Empréstimos e reservas',
    patron: (name) => `Nome: ${name}`,
    loansHeading: 'Empréstimos',
    noLoans: 'Você não tem empréstimos.',
    due: (date) => `Devolver até ${date}`,
    holdsHeading: 'Reservas',
    noHolds: 'Você não tem reservas.',
    pickup: (branch) => `Retirar em: ${branch}`,
    ready: (until) => (until ? `Disponível para retirada (até ${until})` : 'Disponível para retirada'),
    waiting: (position) => (position === null ? 'Na fila' : `Na fila (${position}º lugar)`),
  },
  patron: {
    heading: 'Ficha de cadastro do cartão da biblioteca (図書館カード)',
    cardNumber: 'Número do cartão da biblioteca',
    name: 'Nome',
    kana: 'Nome em katakana (フリガナ)',
    branch: 'Local de retirada',
    registeredOn: 'Data do cadastro',
    passwordHeading: 'No primeiro login',
    password: 'A senha é o mês e o dia do seu aniversário, em 4 dígitos (por exemplo, 0808 para quem nasceu em 8 de agosto).',
    passwordChange: 'Logo após entrar, cadastre uma nova senha: no mínimo 8 caracteres, sem a data de nascimento nem o número do cartão.',
    keep: 'Guarde bem esta ficha. Se perder o cartão, avise logo o balcão da biblioteca.',
  },
} satisfies ResidentSlipText;
