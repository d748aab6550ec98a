from __future__ import annotations

from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from reconnect.learn import service
from tests.factories import sign_in


def test_the_library_is_public_and_lists_every_topic(client: TestClient) -> None:
    response = client.get("/learn")
    assert response.status_code == 200
    for topic in service.TOPICS:
        assert f'href="/learn/{topic.slug}"' in response.text


def test_every_topic_page_is_public(client: TestClient) -> None:
    for topic in service.TOPICS:
        response = client.get(f"/learn/{topic.slug}")
        assert response.status_code == 200, topic.slug
        assert topic.title.replace('"', "&#34;") in response.text or topic.title in response.text


def test_an_unknown_topic_is_a_404(client: TestClient) -> None:
    assert client.get("/learn/astrology").status_code == 404


def test_search_as_a_page_and_as_a_fragment(client: TestClient) -> None:
    page = client.get("/learn?q=solitude")
    assert page.status_code == 200 and "<html" in page.text
    assert 'href="/learn/vs-healthy-boundaries"' in page.text
    fragment = client.get("/learn?q=solitude", headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and 'href="/learn/vs-healthy-boundaries"' in fragment.text
    assert "No page mentions" in client.get("/learn?q=xylophone").text


def test_search_text_is_escaped(client: TestClient) -> None:
    page = client.get("/learn", params={"q": "<script>x</script>"}).text
    assert "<script>x</script>" not in page


def test_strategy_pages_link_to_practices_and_help_links_to_the_library(
    client: TestClient,
) -> None:
    page = client.get("/learn/strategy-self-care").text
    assert 'href="/plan/practices/breathing"' in page and 'href="/plan/practices"' in page
    professional = client.get("/help/professional").text
    assert 'href="/learn/when-to-seek-help"' in professional
    assert 'href="/learn/strategy-professional-help"' in professional


def test_signed_in_people_see_the_library_in_the_menu(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/learn/faq").text
    assert 'href="/plan"' in page and 'aria-current="page"' in page
