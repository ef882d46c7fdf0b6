/**
 * Given names that are one name across languages and romanisations (Belarusian, Russian,
 * Ukrainian, Polish, English; Arabic and other common sets). Source: standard transliteration
 * tables (BGN/PCGN, ISO 9, national passport systems) and the usual English forms.
 * One row a name; the first form is the one shown.
 */
const ROWS = `
Alexander Aleksandr Aliaksandr Alyaksandr Oleksandr Alexandr Aleksander Aleksandar Alexandre Alejandro Alessandro
Alexei Alexey Aleksei Aleksey Aliaksei Alyaksei Oleksiy Oleksii Aleksiej
Anatoly Anatoliy Anatolii Anatol Anatoli
Andrei Andrey Andrej Andriy Andrii Andrew Andrzej Andrzei Andreas Andre Andrés Andrea
Anastasia Anastasiya Anastasiia Nastassia
Boris Barys
Dmitry Dmitri Dmitriy Dzmitry Dmytro Dimitri Dimitrios
Elena Yelena Alena Alyona Olena Helena Helen Jelena
Ekaterina Yekaterina Katsiaryna Kateryna Katarzyna Catherine Katherine Katerina
Eugene Yevgeny Evgeny Yevgeniy Evgeni Yauhen Yevhen Eugen Evgenii
Gregory Grigory Grigoriy Ryhor Hryhoriy Hryhorii Grzegorz Gregor
Igor Ihar Ihor Igar
Irina Iryna Iryna Irena Irene
Ivan Ivan Iwan Ioann John Jan Johannes Juan Giovanni Jean
Julia Yulia Yuliya Yuliia Iuliia Julija Yuliia
Konstantin Kanstantsin Kostiantyn Kostyantyn Constantine Konstanty
Maria Mariya Maryia Mariia Marya Maryja Marie Mary
Michael Mikhail Mikhal Mykhailo Mykhaylo Michał Michal Mikhailo Michel Miguel Michele
Nicholas Nikolai Nikolay Mikalai Mikola Mykola Nicolai Nikolaj Mikołaj Nicolas Nikolaos Nicola
Natalia Natalya Nataliya Natallia Natalie Natalija
Olga Volha Olha Olya
Paul Pavel Pavlo Paval Paweł Pawel Pablo Paolo
Peter Petr Pyotr Piotr Petro Pierre Pedro Pietro
Sergei Sergey Sergiy Serhiy Serhii Siarhei Siarhiej Sergiusz Sergio
Stanislav Stanislau Stanisław Stanislaw
Svetlana Sviatlana Svitlana Swietlana
Tatiana Tatyana Tatsiana Tetiana Tetyana Tatjana
Valery Valeriy Valerii Valery Valeri Valeryi
Vasily Vasiliy Vasil Vasyl Wasyl
Victor Viktor Viktar Wiktor Vittorio
Vladimir Uladzimir Uladzimier Volodymyr Wladimir Włodzimierz Vladimer
Vyacheslav Viachaslau Viacheslav
Yuri Yury Yuriy Yurii Iouri Jurij Yuras
Mohammed Muhammad Mohamed Mohammad Muhammed Mohamad Mehmet
Ahmed Ahmad Ahmet
Hussein Husain Hussain Hossein Huseyin
Abdullah Abdallah Abdulla
Omar Umar Ömer
Yusuf Youssef Yousef Yussef Joseph José Giuseppe Józef
`;

/** Folded form → the row's shown form, so equivalent given names share one key. */
export const GIVEN_NAME_KEY: ReadonlyMap<string, string> = new Map(
  ROWS.trim().split("\n").flatMap((row) => {
    const forms = row.trim().split(/\s+/);
    const key = (forms[0] ?? "").toLowerCase();
    return forms.map((f) => [f.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase(), key] as const);
  }),
);
