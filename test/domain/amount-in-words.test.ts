/** French amounts in words: the rules of « et », quatre-vingts, cents, mille, millions. */
import { amountInWords, numberInWords } from '../../src/domain/format/amount-in-words';

describe('numberInWords', () => {
  it.each([
    [0, 'zéro'],
    [1, 'un'],
    [10, 'dix'],
    [11, 'onze'],
    [16, 'seize'],
    [17, 'dix-sept'],
    [19, 'dix-neuf'],
    [20, 'vingt'],
    [21, 'vingt et un'],
    [22, 'vingt-deux'],
    [30, 'trente'],
    [31, 'trente et un'],
    [41, 'quarante et un'],
    [51, 'cinquante et un'],
    [61, 'soixante et un'],
    [69, 'soixante-neuf'],
    [70, 'soixante-dix'],
    [71, 'soixante et onze'],
    [72, 'soixante-douze'],
    [77, 'soixante-dix-sept'],
    [79, 'soixante-dix-neuf'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [88, 'quatre-vingt-huit'],
    [90, 'quatre-vingt-dix'],
    [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'],
    [100, 'cent'],
    [101, 'cent un'],
    [121, 'cent vingt et un'],
    [180, 'cent quatre-vingts'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [280, 'deux cent quatre-vingts'],
    [999, 'neuf cent quatre-vingt-dix-neuf'],
    [1000, 'mille'],
    [1001, 'mille un'],
    [1100, 'mille cent'],
    [1980, 'mille neuf cent quatre-vingts'],
    [2000, 'deux mille'],
    [2026, 'deux mille vingt-six'],
    [21000, 'vingt et un mille'],
    [80000, 'quatre-vingt mille'],
    [81000, 'quatre-vingt-un mille'],
    [100000, 'cent mille'],
    [200000, 'deux cent mille'],
    [280000, 'deux cent quatre-vingt mille'],
    [300500, 'trois cent mille cinq cents'],
    [1000000, 'un million'],
    [1500000, 'un million cinq cent mille'],
    [2000000, 'deux millions'],
    [80000000, 'quatre-vingts millions'],
    [200000000, 'deux cents millions'],
    [201000000, 'deux cent un millions'],
    [1000000000, 'un milliard'],
    [3250000000, 'trois milliards deux cent cinquante millions'],
    [1000000000000, 'un billion'],
    [999999999, 'neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf'],
    [71071071, 'soixante et onze millions soixante et onze mille soixante et onze'],
  ])('%i → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('refuses what it cannot write', () => {
    expect(() => numberInWords(-1)).toThrow(RangeError);
    expect(() => numberInWords(1.5)).toThrow(RangeError);
    expect(() => numberInWords(1e15)).toThrow(RangeError);
  });
});

describe('amountInWords', () => {
  it.each([
    [1500000, 'XOF', 'un million cinq cent mille francs CFA'],
    [1000000, 'XOF', 'un million de francs CFA'],
    [25000000, 'XOF', 'vingt-cinq millions de francs CFA'],
    [2000000000, 'XOF', 'deux milliards de francs CFA'],
    [1, 'XOF', 'un franc CFA'],
    [0, 'XOF', 'zéro franc CFA'],
    [80, 'XOF', 'quatre-vingts francs CFA'],
    [7500000, 'XOF', 'sept millions cinq cent mille francs CFA'],
    [13119140, 'XOF', 'treize millions cent dix-neuf mille cent quarante francs CFA'],
    [1499999.6, 'XOF', 'un million cinq cent mille francs CFA'],
    [20000, 'EUR', 'vingt mille euros'],
    [1000000, 'EUR', 'un million d’euros'],
    [12.5, 'EUR', 'douze euros et cinquante centimes'],
    [1.01, 'EUR', 'un euro et un centime'],
    [2500, 'USD', 'deux mille cinq cents dollars américains'],
  ])('%d %s → %s', (amount, currency, words) => {
    expect(amountInWords(amount, currency)).toBe(words);
  });

  it('writes francs CFA by default and refuses negative amounts', () => {
    expect(amountInWords(500)).toBe('cinq cents francs CFA');
    expect(() => amountInWords(-5)).toThrow(/positif/);
  });
});
