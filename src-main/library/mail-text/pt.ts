// The library mails in Brazilian Portuguese, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※ Este e-mail foi enviado de um endereço que não recebe respostas. Não é possível responder.',
  '※ Se você não reconhece este e-mail, por favor, entre em contato com a biblioteca.',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `- ${item.title} / ${item.author}` : `- ${item.title}`;
}

const KIND = { pc: 'Computador', mobile: 'Celular' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'nenhum';
}

const CONTACT = { none: 'Não precisa', mail: 'E-mail', phone: 'Telefone' } as const;
const PHONE = { mobile: 'Celular', home: 'Casa', work: 'Trabalho' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'Recebemos o pedido de alteração dos seus dados',
      body: [
        `Prezado(a) ${p.name},`,
        '',
        'Recebemos o pedido de alteração dos seus dados de usuário da biblioteca, conforme abaixo.',
        '',
        `Senha: ${p.passwordChanged ? 'alterada' : 'não alterada'}`,
        `E-mail 1: ${s.email1 ?? '(nenhum)'} [${KIND[s.email1Kind]}]`,
        `E-mail 2: ${s.email2 ?? '(nenhum)'} [${KIND[s.email2Kind]}]`,
        `E-mail de reserva feita: ${s.registrationMail ? 'ativado' : 'desativado'} (enviar para: ${destinations(s.registrationTo)})`,
        `E-mails sobre reservas: escolhido em cada reserva (enviar para: ${destinations(s.holdTo)})`,
        `SDI: escolhido nos alertas SDI (enviar para: ${destinations(s.sdiTo)})`,
        `Aviso do prazo de devolução: ${s.dueNotice ? `ativado, ${s.dueNoticeDays} dia(s) antes do prazo` : 'desativado'} (enviar para: ${destinations(s.dueNoticeTo)})`,
        `Local de retirada: ${inLocale(p.pickupBranch, 'pt')}`,
        `Como avisar sobre reservas: ${CONTACT[s.holdContact]}`,
        `Telefone para contato: ${PHONE[s.phoneContact]}`,
        `Histórico de empréstimos: ${s.keepHistory ? 'guardar' : 'não guardar'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `Aviso do prazo de devolução (${localDateText(p.dueDate, 'pt')})`,
    body: [
      `Prezado(a) ${p.name},`,
      '',
      'O prazo de devolução do item abaixo, que está emprestado com você, está chegando.',
      '',
      itemLine(p.item),
      `  Devolver até: ${localDateText(p.dueDate, 'pt')}`,
      `  Biblioteca do empréstimo: ${inLocale(p.branch, 'pt')}`,
      '',
      'Você pode devolver no balcão ou na caixa de devolução de qualquer biblioteca.',
      'Se ninguém tiver reservado o item, você pode renovar uma vez em “Minha Biblioteca”.',
      'Se você já devolveu, por favor, desconsidere este e-mail.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: 'Suas reservas foram registradas',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      'Registramos a reserva dos itens abaixo.',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `Local de retirada: ${inLocale(p.pickupBranch, 'pt')}`,
      'Quando estiverem prontos, avisaremos da forma escolhida em “Como avisar sobre reservas”.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: 'Item reservado disponível para retirada',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      'O item que você reservou está pronto. Leve o cartão da biblioteca (図書館カード) e retire o item no local de retirada.',
      '',
      itemLine(p.item),
      `  Local de retirada: ${inLocale(p.pickupBranch, 'pt')}`,
      `  Guardado até: ${localDateText(p.pickupUntil, 'pt')}`,
      '',
      'Depois dessa data, a reserva é cancelada e o item passa para a próxima pessoa da fila.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: 'Sua reserva foi cancelada',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      p.reason === 'patron'
        ? 'Conforme o seu pedido, cancelamos a reserva do item abaixo.'
        : p.reason === 'expired'
          ? `Como o item não foi retirado até o fim do prazo de retirada (${p.pickupUntil ? localDateText(p.pickupUntil, 'pt') : ''}), cancelamos a reserva do item abaixo.`
          : 'Lamentamos, mas, por motivos da biblioteca, a reserva do item abaixo foi cancelada.',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['Pedimos desculpas pelo transtorno. Para mais detalhes, pergunte na biblioteca.', ''] : []),
      ...(p.reason === 'expired' ? ['O item passou para a próxima pessoa da fila. Se ainda quiser o item, faça a reserva de novo.', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'Aviso de novos itens (SDI)',
    body: [
      `Prezado(a) ${p.name},`,
      '',
      'Chegaram itens novos que combinam com as palavras-chave e os autores cadastrados nos seus alertas SDI.',
      '',
      ...p.matches.flatMap((m) => [
        `■ “${m.term}”`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'Para reservar, procure o item em “Buscar no acervo”, na Minha Biblioteca, e coloque-o na cesta de reservas.',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
