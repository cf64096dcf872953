// The city-hall mails in Brazilian Portuguese, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : ` (${item.dose}ª dose)`;
      return `- ${inLocale(item.title, 'pt')}${dose}\n  Local: ${inLocale(item.venue, 'pt')}\n  Data e horário: ${formatDateTime(item.startsAt, 'pt')} (horário do Japão)`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■ Como fazer login',
  'Em um terminal de atendimento da prefeitura ou de outros locais, escolha “Reservas na prefeitura (市役所)” e depois “Entrar”.',
  'Na primeira vez, toque em “Emitir senha temporária” na tela de login, digite a chave de usuário (利用者キー)',
  'e este endereço de e-mail, e receba uma senha temporária (ワンタイムパスワード).',
].join('\n');

const NOT_YOU = 'Se você não reconhece este e-mail, por favor, apague-o.';

export default {
  reservation: (p, { systemName }) => ({
    subject: 'Recebemos sua reserva',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      `Obrigado por usar ${systemName}.`,
      'Recebemos sua reserva com os dados abaixo.',
      '',
      '■ Dados da reserva',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', 'Sobre esta reserva', inLocale(p.note, 'pt')] : []),
      '',
      ...(p.userKey
        ? [
            '■ Chave de usuário (利用者キー)',
            `Chave de usuário: ${p.userKey}`,
            'Para ver ou cancelar reservas e para alterar seus dados, você faz login com esta chave de usuário.',
            'Guarde bem este e-mail.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'Sua senha temporária',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      `Obrigado por usar ${systemName}.`,
      'Enviamos a senha temporária (ワンタイムパスワード) para fazer login.',
      '',
      '■ Senha temporária',
      `Senha temporária: ${p.otp}`,
      `Válida até: ${formatDateTime(p.expiresAt, 'pt')} (horário do Japão; ${p.validMinutes} minutos após a emissão)`,
      '',
      `Esta senha vale para um único login. Depois de ${p.validMinutes} minutos,`,
      'ou para fazer login de novo, emita uma nova senha temporária.',
      'Quando você emite uma nova, as senhas temporárias anteriores deixam de valer.',
      '',
      '■ Onde fazer login',
      'Em um terminal de atendimento da prefeitura ou de outros locais, vá em “Reservas na prefeitura (市役所)” → “Entrar”',
      'e digite a chave de usuário (利用者キー) e esta senha temporária.',
      'A chave de usuário foi enviada por e-mail na sua primeira reserva ou quando você pediu o reenvio.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: 'Sua chave de usuário',
    body: [
      `Obrigado por usar ${systemName}.`,
      'Recebemos seu pedido de reenvio da chave de usuário (利用者キー). Estas são as chaves de usuário cadastradas com este e-mail:',
      '',
      '■ Chave de usuário',
      ...p.holders.map((h) => `- ${h.userKey} (${h.name})`),
      '',
      'Para fazer login, além da chave de usuário, é preciso uma senha temporária (ワンタイムパスワード).',
      'Peça a senha em “Emitir senha temporária”, na tela de login.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: 'Seus dados foram alterados',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      `Obrigado por usar ${systemName}.`,
      'Recebemos a alteração dos seus dados de usuário (nome, telefone, e-mail e endereço).',
      'De agora em diante, os avisos serão enviados para este e-mail.',
      '',
      'Se não foi você que fez esta alteração, entre em contato com o balcão de atendimento da prefeitura (市役所).',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: 'Seu e-mail cadastrado foi alterado',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      `Nos seus dados de usuário em ${systemName}, o e-mail cadastrado foi alterado deste endereço para outro.`,
      'De agora em diante, não enviaremos mais avisos para este endereço.',
      '',
      'Se não foi você que fez esta alteração, entre em contato com o balcão de atendimento da prefeitura (市役所).',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: 'Sua reserva foi cancelada',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      `Obrigado por usar ${systemName}.`,
      'Recebemos o cancelamento da reserva abaixo.',
      '',
      '■ Reserva cancelada',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: 'Aviso: a prefeitura cancelou sua reserva',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      `Obrigado por usar ${systemName}.`,
      'Lamentamos muito, mas, por motivos da prefeitura, o atendimento na data e horário abaixo foi suspenso.',
      'Por isso, cancelamos a sua reserva abaixo.',
      '',
      '■ Reserva cancelada',
      reservationLines(p.items),
      '',
      'Por favor, faça uma reserva para outra data ou horário em um terminal de atendimento, ou pergunte no balcão de atendimento da prefeitura (市役所).',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
