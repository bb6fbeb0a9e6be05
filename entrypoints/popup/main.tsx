import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { askFirstQuestions } from '../../components/popup/first-questions';
import { startTabReading } from '../../components/popup/use-tab-reading';
import '../../components/theme.css';
import './popup.css';

// The read starts before the first render: it is what the first draft waits on.
const first = startTabReading(location.search);
askFirstQuestions(first);
render(<PopupApp first={first} />, document.getElementById('app')!);
