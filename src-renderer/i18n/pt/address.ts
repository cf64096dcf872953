// Brazilian Portuguese for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: 'Buscando o endereço…',
      filled: 'Endereço preenchido. Agora digite o número (番地) e o nome do prédio.',
      choose: 'Este código postal tem mais de uma região. Escolha a sua.',
      chooseLabel: 'Escolher a região',
      notFound: 'O código postal 〒{code} não foi encontrado. Confira o número. Você também pode digitar o endereço.',
      failed: 'Não foi possível preencher o endereço automaticamente. Digite o endereço.',
    },
  },
} satisfies typeof ja;
