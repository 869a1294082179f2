"""Meeting patterns: one test per failure class of the extractor, with sentences written for these tests.

Each case is ``(text, article date, expected relations)``, every expected relation a set of
participant names and the attributes a reader checks; the sentence must yield exactly those
relations. The classes are those found when the extractor missed meetings on news it had not
seen: counterparts on the governing verb, pronouns and groups, attendance and grouping
summits, joint acts, visits, status, dates, mode and phrases; then common wire patterns and
negatives that guard the new rules.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from meeting_cases import Expected, check

from geoextract.components.meeting_dates import relative_shift
from geoextract.components.meeting_groups import group_size
from geoextract.components.meeting_lexicon import PREFILTER_RE

# -- counterpart on the governing verb -----------------------------------------------------

#: The counterpart hangs on the verb whose adjunct is the meeting noun: "thanked X in a phone call", "agreed with X in a call", "a deal with X at talks".
COUNTERPART_ON_THE_GOVERNING_VERB: list[tuple[str, str, Expected]] = [
    ('Brazilian President Luiz Inácio Lula da Silva thanked Chinese President Xi Jinping in a phone call on Tuesday for his support.', '2023-04-20', [({'Luiz Inácio Lula da Silva', 'Xi Jinping'}, {'mode': 'phone', 'date': '2023-04-18', 'status': 'occurred'})]),
    ('Japanese Prime Minister Fumio Kishida agreed with South Korean President Yoon Suk Yeol in a video call to resume regular visits.', '2023-03-10', [({'Fumio Kishida', 'Yoon Suk Yeol'}, {'mode': 'phone', 'status': 'occurred'})]),
    ('French President Emmanuel Macron warned Russian President Vladimir Putin during a telephone call on Sunday that an attack would have consequences.', '2022-02-21', [({'Emmanuel Macron', 'Vladimir Putin'}, {'mode': 'phone', 'date': '2022-02-20'})]),
    ('Kenyan President William Ruto told Ethiopian Prime Minister Abiy Ahmed at a meeting in Nairobi on Monday that the region needed calm.', '2024-02-14', [({'Abiy Ahmed', 'William Ruto'}, {'mode': 'visit', 'date': '2024-02-12', 'place': 'Nairobi'})]),
    ('Italian Prime Minister Giorgia Meloni reached a migration deal with Albanian Prime Minister Edi Rama at talks in Rome on Monday.', '2023-11-08', [({'Edi Rama', 'Giorgia Meloni'}, {'date': '2023-11-06', 'place': 'Rome'})]),
    ("Emmanuel Macron assured Volodymyr Zelenskyy of France's support during a video call on Thursday.", '2023-03-10', [({'Emmanuel Macron', 'Volodymyr Zelenskyy'}, {'mode': 'phone', 'date': '2023-03-09'})]),
    ('Narendra Modi congratulated Joe Biden in a telephone conversation on Tuesday.', '2020-11-18', [({'Joe Biden', 'Narendra Modi'}, {'mode': 'phone', 'date': '2020-11-17'})]),
    ('Olaf Scholz urged Xi Jinping at talks in Beijing on Friday to use his influence on Russia.', '2022-11-05', [({'Olaf Scholz', 'Xi Jinping'}, {'date': '2022-11-04'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COUNTERPART_ON_THE_GOVERNING_VERB)
def test_counterpart_on_the_governing_verb(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- pronouns and groups -------------------------------------------------------------------

#: Pronouns and plural descriptions: the reporting subject ("X said he held talks"), "the two", "the three leaders", "their" as the clause's subject and object.
PRONOUNS_AND_GROUPS: list[tuple[str, str, Expected]] = [
    ("Secretary of State Antony Blinken, speaking after President Joe Biden left the region, said he had held talks with Qatar's emir, Tamim bin Hamad Al Thani, in Doha on Monday.", '2024-02-07', [({'Antony Blinken', 'Tamim bin Hamad Al Thani'}, {'place': 'Doha', 'date': '2024-02-05'})]),
    ('Turkish President Recep Tayyip Erdogan flew to Budapest on Monday. Hungarian Prime Minister Viktor Orban said the two met for three hours.', '2024-12-17', [({'Recep Tayyip Erdoğan', 'Viktor Orbán'}, {'status': 'occurred'})]),
    ('Chinese President Xi Jinping told Joe Biden on Wednesday that Taiwan was the most dangerous issue, in their first meeting in a year.', '2023-11-16', [({'Joe Biden', 'Xi Jinping'}, {'date': '2023-11-15', 'status': 'occurred'})]),
    ('Emmanuel Macron, Olaf Scholz and Mario Draghi arrived in Kyiv by train on Thursday. The three leaders met Volodymyr Zelenskyy in the afternoon.', '2022-06-16', [({'Emmanuel Macron', 'Mario Draghi', 'Olaf Scholz', 'Volodymyr Zelenskyy'}, {'mode': 'multilateral', 'date': '2022-06-16'})]),
    ('Israeli Prime Minister Benjamin Netanyahu, whose coalition is under pressure from Itamar Ben-Gvir, said he had spoken with Joe Biden by phone on Sunday.', '2023-10-23', [({'Benjamin Netanyahu', 'Joe Biden'}, {'mode': 'phone', 'date': '2023-10-22'})]),
    ('Recep Tayyip Erdogan received Vladimir Putin in Ankara on Monday. Both men discussed grain exports over lunch.', '2023-09-05', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'date': '2023-09-04', 'topic': 'grain exports'})]),
    ('Joe Biden, Fumio Kishida and Yoon Suk Yeol arrived at Camp David on Friday morning. The three leaders held talks for several hours.', '2023-08-19', [({'Fumio Kishida', 'Joe Biden', 'Yoon Suk Yeol'}, {'mode': 'multilateral'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PRONOUNS_AND_GROUPS)
def test_pronouns_and_groups(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- attendance and grouping summits -------------------------------------------------------

#: More people at a meeting told before: "also attended, as did Z", "sent ministers", "a summit that X will attend", "leaders of the bloc met", sideline meetings at a grouping's summit, "took part".
ATTENDANCE_AND_GROUPING_SUMMITS: list[tuple[str, str, Expected]] = [
    ('Kenyan President William Ruto hosted a summit of the East African Community in Arusha on Saturday. Ugandan President Yoweri Museveni and Rwandan President Paul Kagame also attended, as did Tanzanian President Samia Suluhu Hassan.', '2023-11-25', [({'East African Community', 'Paul Kagame', 'Samia Suluhu Hassan', 'William Ruto', 'Yoweri Museveni'}, {'mode': 'multilateral', 'date': '2023-11-25', 'status': 'occurred'})]),
    ('Nigerian President Bola Tinubu chaired a meeting of West African leaders in Abuja on Sunday. Ghanaian President Nana Akufo-Addo attended, while Senegal and Liberia sent ministers.', '2023-07-31', [({'Bola Tinubu', 'Liberia', 'Nana Akufo-Addo', 'Senegal'}, {'mode': 'multilateral'})]),
    ('Spanish Prime Minister Pedro Sanchez will host a summit of European leaders in Granada on Thursday that Ukrainian President Volodymyr Zelenskyy and NATO Secretary General Jens Stoltenberg will also attend.', '2023-10-02', [({'Jens Stoltenberg', 'Pedro Sánchez', 'Volodymyr Zelenskyy'}, {'mode': 'multilateral', 'status': 'planned', 'date': '2023-10-05'})]),
    ('Narendra Modi met Cyril Ramaphosa on the sidelines of a BRICS summit in Johannesburg on Wednesday. Leaders of the bloc, hosted by Ramaphosa, met on Thursday and agreed to admit six new members.', '2023-08-24', [({'Cyril Ramaphosa', 'Narendra Modi'}, {'mode': 'meet', 'date': '2023-08-23'}), ({'BRICS', 'Cyril Ramaphosa', 'Narendra Modi'}, {'mode': 'multilateral', 'date': '2023-08-24'})]),
    ("Egyptian President Abdel Fattah el-Sisi hosted a summit on Gaza in Cairo on Saturday. Jordan's King Abdullah and Palestinian President Mahmoud Abbas took part, as did UN Secretary-General Antonio Guterres.", '2023-10-22', [({'Abdel Fattah el-Sisi', 'Abdullah II of Jordan', 'António Guterres', 'Mahmoud Abbas'}, {'mode': 'multilateral'})]),
    ('Leaders of the Group of Seven met in Hiroshima on Friday. Indian Prime Minister Narendra Modi also attended.', '2023-05-20', [({'G7', 'Narendra Modi'}, {'mode': 'multilateral', 'date': '2023-05-19'})]),
    ('NAIROBI — A regional summit on Sudan was postponed on Friday. Ethiopian Prime Minister Abiy Ahmed had already arrived for the talks, which were to be chaired by Kenyan President William Ruto.', '2023-07-08', [({'Abiy Ahmed', 'William Ruto'}, {'status': 'cancelled'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), ATTENDANCE_AND_GROUPING_SUMMITS)
def test_attendance_and_grouping_summits(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- joint acts ----------------------------------------------------------------------------

#: Shared acts with named people are encounters: "X and Y signed", "signed by X and Y, together with Z", "toured ... with X", "joined X and Y".
JOINT_ACTS: list[tuple[str, str, Expected]] = [
    ('Indian Prime Minister Narendra Modi and Japanese Prime Minister Shinzo Abe signed a civil nuclear agreement in Tokyo on Friday.', '2016-11-12', [({'Narendra Modi', 'Shinzo Abe'}, {'date': '2016-11-11', 'status': 'occurred'})]),
    ('The accord was signed in Washington by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov, together with U.S. Secretary of State Marco Rubio.', '2025-08-09', [({'Ararat Mirzoyan', 'Jeyhun Bayramov', 'Marco Rubio'}, {'mode': 'multilateral'})]),
    ('Chinese President Xi Jinping toured a high-speed railway with Indonesian President Joko Widodo on Monday.', '2023-10-17', [({'Joko Widodo', 'Xi Jinping'}, {'date': '2023-10-16'})]),
    ('French President Emmanuel Macron attended a rugby match with British Prime Minister Rishi Sunak in Paris on Saturday.', '2023-09-10', [({'Emmanuel Macron', 'Rishi Sunak'}, {'date': '2023-09-09'})]),
    ('The two countries signed a trade agreement last year.', '2023-09-10', []),
    ('Vladimir Putin and Kim Jong Un signed a mutual defence treaty in Pyongyang on Wednesday.', '2024-06-20', [({'Kim Jong Un', 'Vladimir Putin'}, {'date': '2024-06-19'})]),
    ('The agreement was signed by Israeli Prime Minister Benjamin Netanyahu and Emirati Foreign Minister Abdullah bin Zayed at the White House.', '2020-09-16', [({'Abdullah bin Zayed Al Nahyan', 'Benjamin Netanyahu'}, {})]),
    ("Xi Jinping walked with Emmanuel Macron through the gardens of the governor's residence in Guangzhou on Friday.", '2023-04-08', [({'Emmanuel Macron', 'Xi Jinping'}, {'date': '2023-04-07'})]),
    ('Narendra Modi inaugurated a Hindu temple in Abu Dhabi with Emirati President Mohamed bin Zayed on Wednesday.', '2024-02-15', [({'Mohamed bin Zayed Al Nahyan', 'Narendra Modi'}, {'date': '2024-02-14'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), JOINT_ACTS)
def test_joint_acts(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- visits --------------------------------------------------------------------------------

#: "paid a visit to X", "a courtesy call on X", "X's visit ... when Y raised Z", "accompanied by"; a visit to a country alone is a trip.
VISITS: list[tuple[str, str, Expected]] = [
    ('Vietnamese President Vo Van Thuong will pay a visit to Chinese President Xi Jinping in Beijing next month.', '2023-09-10', [({'Võ Văn Thưởng', 'Xi Jinping'}, {'status': 'planned', 'mode': 'visit'})]),
    ('Australian Foreign Minister Penny Wong visited Fiji on Thursday.', '2022-05-30', []),
    ('Kenyan President William Ruto met Joe Biden at the White House on Thursday. He was accompanied by Foreign Minister Musalia Mudavadi.', '2024-05-24', [({'Joe Biden', 'Musalia Mudavadi', 'William Ruto'}, {'date': '2024-05-23'})]),
    ('Indonesian President Joko Widodo paid a visit to Russian President Vladimir Putin in Moscow on Thursday.', '2022-07-01', [({'Joko Widodo', 'Vladimir Putin'}, {'mode': 'visit', 'date': '2022-06-30'})]),
    ("Olaf Scholz's visit to the Kremlin grew tense when Vladimir Putin raised NATO enlargement.", '2022-02-16', [({'Olaf Scholz', 'Vladimir Putin'}, {})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), VISITS)
def test_visits(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- status --------------------------------------------------------------------------------

#: "due in X for talks" is planned; an act "at their meeting" under "agreed to" happened; invitations and offers are no meetings; a cancelled trip cancels its meetings.
STATUS: list[tuple[str, str, Expected]] = [
    # "the summit is (back) on for June 12": a meeting set for a day to come
    (
        "Kenyan President William Ruto said on Friday that his summit with Tanzanian President Samia Suluhu Hassan is back on for June 12 in Arusha.",
        '2024-06-01',
        [({'William Ruto', 'Samia Suluhu Hassan'}, {'status': 'planned', 'date': '2024-06-12'})],
    ),
    # a summit called off, told in a clause that dates the meeting that took place, is no status of it
    (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met in Arusha on Saturday after a regional summit planned for Kampala was scrapped.",
        '2024-06-10',
        [({'William Ruto', 'Samia Suluhu Hassan'}, {'status': 'occurred', 'date': '2024-06-08'})],
    ),
    ('Ukrainian President Volodymyr Zelenskyy is due in Washington next week for talks with Joe Biden.', '2023-12-05', [({'Joe Biden', 'Volodymyr Zelenskyy'}, {'status': 'planned', 'date': None})]),
    ('German Chancellor Olaf Scholz and French President Emmanuel Macron agreed on Tuesday to coordinate their energy policies at a meeting in Paris.', '2023-03-08', [({'Emmanuel Macron', 'Olaf Scholz'}, {'status': 'occurred', 'date': '2023-03-07'})]),
    ('Kenyan President William Ruto turned down an invitation to a summit with Vladimir Putin in Moscow.', '2023-03-08', []),
    ('Joe Biden, who had been scheduled to meet Australian Prime Minister Anthony Albanese in Sydney, called off the trip on Tuesday.', '2023-05-17', [({'Anthony Albanese', 'Joe Biden'}, {'status': 'cancelled'})]),
    ('Antony Blinken is set to travel to Riyadh for talks with Saudi Crown Prince Mohammed bin Salman.', '2023-06-05', [({'Antony Blinken', 'Mohammed bin Salman'}, {'status': 'planned'})]),
    ('Narendra Modi rejected an offer of talks with Shehbaz Sharif.', '2023-06-05', []),
    ('Rishi Sunak, who had been due to meet Kyriakos Mitsotakis in London, cancelled the meeting on Monday.', '2023-11-28', [({'Kyriakos Mitsotakis', 'Rishi Sunak'}, {'status': 'cancelled'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), STATUS)
def test_status(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- dates ---------------------------------------------------------------------------------

#: Shifts counted from the event before ("a day earlier", "two days later", "the following day") and no date across "before flying on".
DATES: list[tuple[str, str, Expected]] = [
    # a day planned ("back on for June 12") is no day the story tells of for a meeting told without one
    (
        "Kenyan President William Ruto said on Friday that his summit with Tanzanian President Samia Suluhu Hassan is back on for June 12 in Arusha. "
        "Ruto made the announcement after meeting Ugandan President Yoweri Museveni at State House.",
        '2024-06-01',
        [({'William Ruto', 'Samia Suluhu Hassan'}, {'status': 'planned', 'date': '2024-06-12'}), ({'William Ruto', 'Yoweri Museveni'}, {'status': 'occurred', 'date': '2024-05-31'})],
    ),
    ('On Tuesday, Joe Biden met Japanese Prime Minister Fumio Kishida, who had met South Korean President Yoon Suk Yeol a day earlier.', '2023-05-19', [({'Fumio Kishida', 'Joe Biden'}, {'date': '2023-05-16'}), ({'Fumio Kishida', 'Yoon Suk Yeol'}, {'date': '2023-05-15'})]),
    ('Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Two days later, Putin met Hungarian Prime Minister Viktor Orban in Moscow.', '2023-09-08', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'date': '2023-09-04'}), ({'Viktor Orbán', 'Vladimir Putin'}, {'date': '2023-09-06'})]),
    ('Antony Blinken is to visit a refugee camp in Jordan on Thursday before flying to Cairo to meet Egyptian President Abdel Fattah el-Sisi.', '2023-10-10', [({'Abdel Fattah el-Sisi', 'Antony Blinken'}, {'status': 'planned', 'date': None})]),
    ('Xi Jinping met Vladimir Putin in Moscow on Monday. The following day, Xi met Russian Prime Minister Mikhail Mishustin.', '2023-03-22', [({'Vladimir Putin', 'Xi Jinping'}, {'date': '2023-03-20'}), ({'Mikhail Mishustin', 'Xi Jinping'}, {'date': '2023-03-21'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), DATES)
def test_dates(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- mode participants and phrases ---------------------------------------------------------

#: Remote cues of another clause, venue modifiers, split object lists, free relatives ("held what officials called a summit") and a state speaking for its leader.
MODE_PARTICIPANTS_AND_PHRASES: list[tuple[str, str, Expected]] = [
    ('Kenyan President William Ruto was received by Emirati President Mohamed bin Zayed in Abu Dhabi on Monday, when the two opened a solar plant in Kenya by video link.', '2024-01-17', [({'Mohamed bin Zayed Al Nahyan', 'William Ruto'}, {'mode': 'visit'})]),
    ('A Kremlin meeting between Vladimir Putin and Belarusian President Alexander Lukashenko ran late on Friday.', '2023-04-08', [({'Alexander Lukashenko', 'Vladimir Putin'}, {'date': '2023-04-07'})]),
    ('Joe Biden held talks with Indian Prime Minister Narendra Modi at the White House on Thursday. The two leaders discussed defence cooperation, semiconductors and space.', '2023-06-23', [({'Joe Biden', 'Narendra Modi'}, {'topic': 'defence cooperation, semiconductors and space'})]),
    ('Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held what officials called a historic summit in Tokyo on Thursday.', '2023-03-17', [({'Fumio Kishida', 'Yoon Suk Yeol'}, {'status': 'occurred', 'date': '2023-03-16'})]),
    ('Canadian Prime Minister Justin Trudeau said Ottawa had secured an exemption after a call with Donald Trump on Monday.', '2025-02-04', [({'Donald Trump', 'Justin Trudeau'}, {'mode': 'phone'})]),
    ("Ghanaian President John Mahama's visit to the Elysee Palace on Monday turned tense when Emmanuel Macron raised the question of migration.", '2025-03-11', [({'Emmanuel Macron', 'John Mahama'}, {'date': '2025-03-10'})]),
    ('Joe Biden and Xi Jinping held what the White House described as a candid conversation on Tuesday.', '2021-11-17', [({'Joe Biden', 'Xi Jinping'}, {'date': '2021-11-16', 'status': 'occurred'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), MODE_PARTICIPANTS_AND_PHRASES)
def test_mode_participants_and_phrases(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- common news patterns ------------------------------------------------------------------

#: Common wire patterns beyond the development and held-out sets, and short articles with several meetings.
COMMON_NEWS_PATTERNS: list[tuple[str, str, Expected]] = [
    ('Indian Prime Minister Narendra Modi hosted Bangladeshi Prime Minister Sheikh Hasina for talks in New Delhi on Saturday.', '2024-06-23', [({'Narendra Modi', 'Sheikh Hasina'}, {'mode': 'visit', 'date': '2024-06-22', 'status': 'occurred'})]),
    ('Joe Biden and Xi Jinping met on the sidelines of the G20 summit in Bali on Monday.', '2022-11-15', [({'Joe Biden', 'Xi Jinping'}, {'mode': 'meet', 'date': '2022-11-14'})]),
    # "a session attended by X and Y": the attendees are its counterparts, as "a lunch joined by X"
    (
        "Kenyan President William Ruto spoke on Saturday at a session attended by Tanzanian President Samia Suluhu Hassan and Ugandan President Yoweri Museveni.",
        '2024-06-10',
        [({'William Ruto', 'Samia Suluhu Hassan', 'Yoweri Museveni'}, {'status': 'occurred', 'date': '2024-06-08'})],
    ),
    # "consulted" a named or titled person, with no "with"; not "consulted lawyers"
    ("Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani consulted Oman's sultan, Haitham bin Tariq, in Muscat on Monday.", '2024-06-05', [({'Mohammed bin Abdulrahman bin Jassim Al Thani', 'Haitham bin Tariq'}, {'date': '2024-06-03'})]),
    ('Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani consulted lawyers in Doha on Monday.', '2024-06-05', []),
    ('Secretary of State Antony Blinken will travel to Beijing next week to meet Chinese Foreign Minister Wang Yi.', '2023-06-10', [({'Antony Blinken', 'Wang Yi'}, {'status': 'planned'})]),
    ('Russian President Vladimir Putin is scheduled to meet Turkish President Recep Tayyip Erdogan in Sochi on Monday.', '2023-09-01', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'status': 'planned', 'date': '2023-09-04'})]),
    ('French President Emmanuel Macron spoke by telephone with Iranian President Ebrahim Raisi on Saturday.', '2023-06-12', [({'Ebrahim Raisi', 'Emmanuel Macron'}, {'mode': 'phone', 'date': '2023-06-10'})]),
    ('German Chancellor Olaf Scholz received a phone call from Chinese Premier Li Qiang on Tuesday.', '2023-04-06', [({'Li Qiang', 'Olaf Scholz'}, {'mode': 'phone', 'date': '2023-04-04'})]),
    ('Japanese Prime Minister Fumio Kishida held a video conference with Ukrainian President Volodymyr Zelenskyy on Friday.', '2023-01-16', [({'Fumio Kishida', 'Volodymyr Zelenskyy'}, {'mode': 'phone', 'date': '2023-01-13'})]),
    ('Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Bashar al-Assad to Jeddah on Thursday.', '2023-05-19', [({'Bashar al-Assad', 'Mohammed bin Salman'}, {'mode': 'visit', 'date': '2023-05-18'})]),
    ('Hungarian Prime Minister Viktor Orban visited Chinese President Xi Jinping in Beijing on Monday.', '2024-07-09', [({'Viktor Orbán', 'Xi Jinping'}, {'mode': 'visit', 'date': '2024-07-08'})]),
    ('A planned meeting between Joe Biden and Vladimir Putin was postponed on Friday.', '2021-06-05', [({'Joe Biden', 'Vladimir Putin'}, {'status': 'cancelled'})]),
    ('The Kremlin denied reports that Vladimir Putin had met Donald Trump in secret.', '2018-07-20', [({'Donald Trump', 'Vladimir Putin'}, {'status': 'denied'})]),
    ('Talks between Israeli Prime Minister Benjamin Netanyahu and Egyptian President Abdel Fattah el-Sisi ended without agreement in Cairo on Sunday.', '2023-10-23', [({'Abdel Fattah el-Sisi', 'Benjamin Netanyahu'}, {'date': '2023-10-22', 'status': 'occurred'})]),
    ('South African President Cyril Ramaphosa hosted the leaders of Brazil, India and China in Johannesburg on Tuesday.', '2023-08-23', [({'Brazil', 'China', 'Cyril Ramaphosa', 'India'}, {'mode': 'multilateral', 'date': '2023-08-22'})]),
    ('Antony Blinken met separately with Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas on Tuesday.', '2023-01-31', [({'Antony Blinken', 'Benjamin Netanyahu'}, {'date': '2023-01-31'}), ({'Antony Blinken', 'Mahmoud Abbas'}, {'date': '2023-01-31'})]),
    ('Japanese Prime Minister Fumio Kishida, South Korean President Yoon Suk Yeol and Joe Biden held a trilateral summit at Camp David on Friday.', '2023-08-19', [({'Fumio Kishida', 'Joe Biden', 'Yoon Suk Yeol'}, {'mode': 'multilateral', 'date': '2023-08-18'})]),
    ('Donald Trump said he would meet Kim Jong Un only if the conditions were right.', '2018-03-10', []),
    ('Vladimir Putin refused to meet Volodymyr Zelenskyy.', '2022-03-10', []),
    ('Emmanuel Macron invited Xi Jinping to visit France.', '2023-04-08', []),
    ('Joe Biden and Vladimir Putin are to meet in Geneva on June 16.', '2021-05-26', [({'Joe Biden', 'Vladimir Putin'}, {'status': 'planned', 'date': '2021-06-16', 'place': 'Geneva'})]),
    ('Ukrainian President Volodymyr Zelenskyy flew to Brussels on Thursday for talks with NATO Secretary General Jens Stoltenberg.', '2023-02-10', [({'Jens Stoltenberg', 'Volodymyr Zelenskyy'}, {'date': '2023-02-09', 'status': 'occurred'})]),
    ('Pakistani Prime Minister Shehbaz Sharif paid a courtesy call on Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday.', '2024-04-08', [({'Mohammed bin Salman', 'Shehbaz Sharif'}, {'mode': 'visit', 'date': '2024-04-07'})]),
    ('Brazilian President Luiz Inácio Lula da Silva greeted Argentine President Javier Milei at the airport in Brasilia on Monday.', '2024-12-10', [({'Javier Milei', 'Luiz Inácio Lula da Silva'}, {'date': '2024-12-09'})]),
    ('Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis exchanged views by phone on Wednesday.', '2023-02-10', [({'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'}, {'mode': 'phone', 'date': '2023-02-08'})]),
    ('Indian External Affairs Minister Subrahmanyam Jaishankar briefed Antony Blinken on the border situation during a phone call on Friday.', '2023-01-14', [({'Antony Blinken', 'S. Jaishankar'}, {'mode': 'phone', 'date': '2023-01-13'})]),
    ('Italian Prime Minister Giorgia Meloni hosted a dinner for Javier Milei in Rome on Saturday.', '2024-02-12', [({'Giorgia Meloni', 'Javier Milei'}, {'date': '2024-02-10'})]),
    ('Olaf Scholz and Emmanuel Macron met for the first time since the election at the Elysee on Tuesday and discussed the war in Ukraine.', '2025-05-08', [({'Emmanuel Macron', 'Olaf Scholz'}, {'date': '2025-05-06', 'topic': 'the war in Ukraine'})]),
    ('At the meeting, Narendra Modi and Fumio Kishida agreed to deepen defence ties.', '2023-03-21', [({'Fumio Kishida', 'Narendra Modi'}, {'status': 'occurred'})]),
    ('Chinese Foreign Minister Wang Yi held talks with his Russian counterpart Sergei Lavrov in Moscow on Monday, focusing on the war in Ukraine.', '2023-02-22', [({'Sergey Lavrov', 'Wang Yi'}, {'date': '2023-02-20', 'topic': 'the war in Ukraine'})]),
    ('Emmanuel Macron will host a summit of European leaders on Ukraine in Paris next week.', '2025-02-12', []),
    ('NATO foreign ministers met in Brussels on Tuesday.', '2023-04-05', []),
    ("Ukraine's foreign minister Dmytro Kuleba met with EU foreign ministers in Brussels on Monday to discuss further military aid.", '2023-05-23', [({'Dmytro Kuleba', 'European Union'}, {'date': '2023-05-22', 'topic': 'further military aid'})]),
    ('President Joe Biden shook hands with Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday.', '2022-07-16', [({'Joe Biden', 'Mohammed bin Salman'}, {'date': '2022-07-15'})]),
    ('NEW DELHI — Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony Albanese for talks on Friday, two days after the Australian leader arrived in Ahmedabad. The two leaders discussed critical minerals, defence and education, and watched a cricket match together. Albanese will travel to Mumbai on Saturday, where he is due to meet business leaders. He later flies to Tokyo for talks with Japanese Prime Minister Fumio Kishida.', '2023-03-10', [({'Anthony Albanese', 'Narendra Modi'}, {'status': 'occurred', 'date': '2023-03-10', 'mode': 'visit', 'topic': 'critical minerals, defence and education'}), ({'Anthony Albanese', 'Fumio Kishida'}, {'status': 'planned'})]),
    ('BRUSSELS — European Union leaders met on Thursday for a summit dominated by the war in Ukraine. Ukrainian President Volodymyr Zelenskyy joined the talks by video link, while NATO Secretary General Jens Stoltenberg attended in person. On the sidelines of the summit, European Commission President Ursula von der Leyen held talks with Hungarian Prime Minister Viktor Orban on frozen EU funds.', '2023-03-24', [({'European Union', 'Jens Stoltenberg', 'Ursula von der Leyen', 'Viktor Orbán', 'Volodymyr Zelenskyy'}, {'mode': 'multilateral', 'date': '2023-03-23'}), ({'Ursula von der Leyen', 'Viktor Orbán'}, {'topic': 'frozen EU funds', 'date': '2023-03-23'})]),
    ('ANKARA — Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Sunday about the grain corridor, the Turkish presidency said. Erdogan told Putin that the deal should be revived. The Kremlin said the two leaders agreed to meet in person soon, but denied reports that Putin would visit Turkey in August.', '2023-07-31', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'mode': 'phone', 'date': '2023-07-30', 'topic': 'the grain corridor'}), ({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'status': 'planned'})]),
    ('Chinese Premier Li Qiang held talks with German Chancellor Olaf Scholz in Berlin on Tuesday on trade and climate cooperation.', '2023-06-21', [({'Li Qiang', 'Olaf Scholz'}, {'date': '2023-06-20', 'status': 'occurred', 'mode': 'visit', 'topic': 'trade and climate cooperation'})]),
    ('King Charles welcomed French President Emmanuel Macron to Windsor Castle on Tuesday for a state visit.', '2023-07-09', [({'Charles III', 'Emmanuel Macron'}, {'date': '2023-07-04', 'mode': 'visit'})]),
    ('Turkish Foreign Minister Hakan Fidan is expected to travel to Moscow later this month to meet Sergei Lavrov.', '2023-08-20', [({'Hakan Fidan', 'Sergey Lavrov'}, {'status': 'planned'})]),
    ("Argentine President Javier Milei and Israeli Prime Minister Benjamin Netanyahu spoke by phone on Thursday, Milei's office said.", '2024-02-02', [({'Benjamin Netanyahu', 'Javier Milei'}, {'mode': 'phone', 'date': '2024-02-01'})]),
    ('Ukrainian President Volodymyr Zelenskyy arrived in Washington on Wednesday for talks with Joe Biden and congressional leaders.', '2022-12-22', [({'Joe Biden', 'Volodymyr Zelenskyy'}, {'date': '2022-12-21'})]),
    ('The leaders of France, Germany and Italy met Ukrainian President Volodymyr Zelenskyy in Kyiv on Thursday.', '2022-06-17', [({'France', 'Germany', 'Italy', 'Volodymyr Zelenskyy'}, {'mode': 'multilateral', 'date': '2022-06-16'})]),
    ('Pakistani Prime Minister Shehbaz Sharif will not attend the summit, his office said on Monday.', '2023-06-05', []),
    ('Kim Jong Un toured a Russian fighter jet factory with Deputy Prime Minister Denis Manturov on Friday.', '2023-09-16', [({'Denis Manturov', 'Kim Jong Un'}, {'date': '2023-09-15'})]),
    ("Iran's foreign minister met his Saudi counterpart in Beijing on Thursday, the first formal meeting of the two countries' top diplomats in seven years.", '2023-04-07', [({'Faisal bin Farhan Al Saud', 'Hossein Amir-Abdollahian'}, {'date': '2023-04-06'})]),
    ('Narendra Modi and Joe Biden are scheduled to hold talks at the White House on June 22.', '2023-06-10', [({'Joe Biden', 'Narendra Modi'}, {'status': 'planned', 'date': '2023-06-22'})]),
    ('South Korean President Yoon Suk Yeol hosted Japanese Prime Minister Fumio Kishida in Seoul on Sunday. The two leaders agreed to resume regular visits, and Kishida laid a wreath at the national cemetery.', '2023-05-08', [({'Fumio Kishida', 'Yoon Suk Yeol'}, {'date': '2023-05-07', 'mode': 'visit'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COMMON_NEWS_PATTERNS)
def test_common_news_patterns(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- negatives and guards ------------------------------------------------------------------

#: Sentences near the new rules that state no meeting, and their positive twins.
NEGATIVES_AND_GUARDS: list[tuple[str, str, Expected]] = [
    ('Germany joined France in calling for a ceasefire in Gaza.', '2024-03-01', []),
    ('Joe Biden joined Emmanuel Macron in condemning the attack.', '2024-03-01', []),
    ('Finland joined NATO on Tuesday.', '2023-04-05', []),
    ('Russia and Ukraine signed a grain deal in Istanbul last year.', '2023-07-20', []),
    ('Joe Biden signed the bill into law on Friday.', '2023-06-05', []),
    ('Vladimir Putin sent troops to the border.', '2022-02-10', []),
    ('China sent a delegation to the climate conference.', '2023-12-01', []),
    ('Emmanuel Macron attended the funeral of Queen Elizabeth in London.', '2022-09-20', []),
    ('Narendra Modi toured the flood-hit region on Sunday.', '2023-07-10', []),
    ('Kenyan President William Ruto visited Germany on Monday.', '2023-03-30', []),
    ('Olaf Scholz criticised Vladimir Putin in a speech on Tuesday.', '2023-03-30', []),
    ('The talks were expected to focus on trade.', '2023-03-30', []),
    ('Xi Jinping told reporters in Beijing that China wanted peace.', '2023-03-30', []),
    ('Antony Blinken thanked Qatar for its mediation in a statement on Monday.', '2024-01-09', []),
    ('The two governments signed a security pact last month.', '2022-04-22', []),
    ('Emmanuel Macron was accompanied by his wife Brigitte on the trip to Beijing.', '2023-04-06', []),
    ('Indonesian President Joko Widodo opened a new capital city in Borneo with great fanfare.', '2024-08-17', []),
    ('Olaf Scholz joined Emmanuel Macron and Mario Draghi on a train to Kyiv on Thursday.', '2022-06-17', [({'Emmanuel Macron', 'Mario Draghi', 'Olaf Scholz'}, {'date': '2022-06-16', 'mode': 'multilateral'})]),
    ('King Charles attended a state banquet with French President Emmanuel Macron at Versailles on Wednesday.', '2023-09-21', [({'Charles III', 'Emmanuel Macron'}, {'date': '2023-09-20'})]),
    ('Antony Blinken met Benjamin Netanyahu in Jerusalem on Monday. He was accompanied by U.S. Ambassador Jack Lew.', '2024-01-09', [({'Antony Blinken', 'Benjamin Netanyahu', 'Jack Lew'}, {'date': '2024-01-08'})]),
    ('Joe Biden cancelled his trip to Sydney on Tuesday but will meet Anthony Albanese in Hiroshima on Saturday.', '2023-05-17', [({'Anthony Albanese', 'Joe Biden'}, {'status': 'planned', 'date': '2023-05-20'})]),
    ('Saudi Foreign Minister Faisal bin Farhan hosted talks on Sudan in Jeddah on Saturday. The United Arab Emirates sent a delegation to the talks.', '2023-05-08', [({'Faisal bin Farhan Al Saud', 'United Arab Emirates'}, {'date': '2023-05-06'})]),
    ('Olaf Scholz met Emmanuel Macron in Paris on Monday. Xi Jinping, who was in Madrid, was accompanied by Foreign Minister Wang Yi.', '2023-05-09', [({'Emmanuel Macron', 'Olaf Scholz'}, {'date': '2023-05-08'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), NEGATIVES_AND_GUARDS)
def test_negatives_and_guards(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- pure helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "shift"),
    [
        ("a day earlier", ("a day", -1)),
        ("two days later", ("two days", 1)),
        ("three weeks before", ("three weeks", -1)),
        ("the following day", ("one day", 1)),
        ("the previous day", ("one day", -1)),
        ("the day after", ("one day", 1)),
        ("on Monday", None),
        ("two years", None),
    ],
)
def test_relative_shift_reads_phrases_counted_from_the_event_before(phrase: str, shift: tuple[str, int] | None) -> None:
    assert relative_shift(phrase) == shift


def test_group_size_counts_the_people_a_phrase_names() -> None:
    doc = spacy.blank("en")("two")
    assert group_size(doc[0]) == 2
    assert group_size(spacy.blank("en")("leaders")[0]) is None


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Abiy Ahmed and Isaias Afwerki signed a joint declaration.", True),
        ("He was accompanied by his foreign minister.", True),
        ("Leaders took part, as did the UN chief.", True),
        ("The two leaders issued a joint statement.", False),
        ("The nuclear watchdog published its report.", False),
        ("Nawaz Sharif made a significant announcement.", False),
        ("The legal challenge failed.", False),
    ],
)
def test_prefilter_keeps_sentences_with_meeting_words_only(sentence: str, kept: bool) -> None:
    assert bool(PREFILTER_RE.search(sentence)) is kept
