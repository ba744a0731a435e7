import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { t, uiLanguage } from '../../lib/i18n';
import '../../assets/base.css';
import '../../assets/app.css';

// Static HTML cannot use browser.i18n: the title and the page language are set here.
document.documentElement.lang = uiLanguage();
document.title = t('page_title_options');
render(<OptionsApp />, document.getElementById('app')!);
