import { render } from 'preact';
import { Panel } from '../../components/Panel';
import '../../components/panel.css';

render(<Panel />, document.getElementById('app')!);
