// Brazilian Portuguese for printing receipts; every key of ja/print.ts.
import type ja from '../ja/print';

export default {
  print: {
    button: 'Imprimir comprovante',
    patronSlip: 'Imprimir ficha de cadastro',
    attendees: 'Imprimir lista de participantes (A4)',
    printed: 'Impresso. Retire o papel na impressora.',
    saved: 'O comprovante foi salvo como arquivo ({file}).',
    failed: {
      offline: 'A impressora não responde, por isso nada foi impresso. Seu procedimento está concluído. Avise um funcionário.',
      out_of_paper: 'A impressora está sem papel, por isso nada foi impresso. Seu procedimento está concluído. Avise um funcionário.',
      cancelled: 'A impressão foi cancelada. Seu procedimento está concluído.',
      invalid_settings: 'A impressora está mal configurada, por isso nada foi impresso. Seu procedimento está concluído. Avise um funcionário.',
      failed: 'Não foi possível imprimir. Seu procedimento está concluído. Avise um funcionário.',
      not_configured: 'Este terminal não imprime. Seu procedimento está concluído.',
    },
  },
} satisfies typeof ja;
