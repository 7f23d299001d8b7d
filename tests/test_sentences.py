import pytest

from econfacts.sentences import split


def test_offsets_index_the_text_and_skip_blank_segments():
    text = "Russia got €1.1 billion from the U.S. market.\n\nThen 26 countries agreed. "
    spans = split(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Russia got €1.1 billion from the U.S. market.", "Then 26 countries agreed."]
    assert [s.index for s in spans] == [0, 1]


def test_segments_are_placed_by_content_when_the_segmenter_drops_a_blank_line(monkeypatch):
    """The segmenter sometimes leaves out the blank line after a question (seen on long passages):
    the sentences must still index the text, and none may be lost."""
    import sentencex

    text = "What is new in the plan?\n\nAccording to the ministry, duties rise 5%. Then 26 countries agreed."
    pieces = ["What is new in the plan?", "According to the ministry, duties rise 5%. ", "Then 26 countries agreed."]
    monkeypatch.setattr(sentencex, "segment", lambda language, t: iter(pieces))
    spans = split(text)
    assert [text[s.start : s.end] for s in spans] == [p.strip() for p in pieces]



@pytest.mark.parametrize("text,expected", [
    # the full stop of an abbreviated scale before its currency ends no sentence
    ("Aid was 12 Mio. Euro. Then it rose.", ["Aid was 12 Mio. Euro.", "Then it rose."]),
    ("Die Kosten: 2,5 Mrd. EUR. Dann mehr.", ["Die Kosten: 2,5 Mrd. EUR.", "Dann mehr."]),
    # a scale at a sentence's end before a sentence that opens otherwise stays an end
    ("Profit was $3 bn. The next year it fell.", ["Profit was $3 bn.", "The next year it fell."]),
])
def test_a_scale_abbreviation_before_its_currency_ends_no_sentence(text, expected):
    spans = split(text)
    assert [text[s.start : s.end] for s in spans] == expected
    assert [s.index for s in spans] == list(range(len(expected)))
