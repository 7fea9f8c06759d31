"""The lookup page in a real browser: headless Chromium driven by Selenium. With
ONYM_SCREENSHOTS=DIR the test saves a screenshot of each tab there (docs/ holds them)."""
import os

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1000,900"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
    yield driver
    driver.quit()


def shot(driver, name):
    folder = os.environ.get("ONYM_SCREENSHOTS")
    if folder:
        driver.save_screenshot(os.path.join(folder, name))


def test_a_variant_finds_the_card_with_the_preferred_forms(server, browser):
    browser.get(server.url)
    wait = WebDriverWait(browser, 10)
    box = browser.find_element(By.ID, "q")
    box.send_keys("Kiev")
    card = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "li.card[data-concept=kyiv]")))
    assert card.find_element(By.TAG_NAME, "h2").text == "kyiv (place)"
    assert [e.text for e in card.find_elements(By.CSS_SELECTOR, ".preferred")] == ["Kyjiw", "Kyiv", "Київ"]
    assert "Kiev · variant" in [e.text for e in card.find_elements(By.CSS_SELECTOR, ".label")]
    assert browser.find_element(By.ID, "lookup-status").text == "1 found"
    assert card.find_element(By.CSS_SELECTOR, ".how").text == "“Kiev” is a variant en form (exact)"
    shot(browser, "page-lookup.png")
    # A typo finds it too; the search box is labelled for screen readers.
    box.clear()
    box.send_keys("Kyyv")
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "li.card .how"), "(fuzzy)"))
    assert browser.find_element(By.CSS_SELECTOR, "li.card .how").text == "“Kyiv” is the preferred en form (fuzzy)"
    assert browser.find_element(By.CSS_SELECTOR, "label[for=q]").text == "Name, in any language or script"


def test_a_pasted_text_is_highlighted_and_fixed_in_one_click(server, browser):
    browser.get(server.url)
    wait = WebDriverWait(browser, 10)
    tab = browser.find_element(By.ID, "tab-lookup")
    tab.send_keys(Keys.ARROW_RIGHT)  # the keyboard moves between tabs
    assert browser.find_element(By.ID, "tab-check").get_attribute("aria-selected") == "true"
    text = browser.find_element(By.ID, "text")
    text.send_keys("😀 Talks in Kiev ended; Turkey agreed.")
    browser.find_element(By.ID, "check").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "check-status"), "2 findings"))
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#checked mark")] == ["Kiev", "Turkey"]
    shot(browser, "page-check.png")
    browser.find_elements(By.CSS_SELECTOR, "#findings button.fix")[0].click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "check-status"), "1 finding"))
    assert text.get_attribute("value") == "😀 Talks in Kyiv ended; Turkey agreed."
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#checked mark")] == ["Turkey"]
